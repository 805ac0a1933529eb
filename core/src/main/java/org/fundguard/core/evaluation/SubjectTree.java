package org.fundguard.core.evaluation;

import java.util.HashMap;
import java.util.Map;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.SubjectType;
import org.fundguard.core.Visit;

/**
 * Which subject lies inside which (data-contract.md, "A lead matches..."): a fee line or a settlement
 * lies inside its visit, a visit inside its person and its institution. Built from the id columns
 * only, so that evaluating a large set keeps four strings per row, not the rows.
 */
public final class SubjectTree {
    private final Map<String, String> visitOfLine = new HashMap<>();
    private final Map<String, String> visitOfSettlement = new HashMap<>();
    private final Map<String, String> personOfVisit = new HashMap<>();
    private final Map<String, String> institutionOfVisit = new HashMap<>();

    public void addVisit(Visit v) {
        addVisit(v.mdtrtId(), v.psnNo(), v.institutionCode());
    }

    public void addVisit(String mdtrtId, String psnNo, String institutionCode) {
        personOfVisit.put(mdtrtId, psnNo);
        institutionOfVisit.put(mdtrtId, institutionCode);
    }

    public void addLine(FeeDetail f) {
        addLine(f.feedetlSn(), f.mdtrtId());
    }

    public void addLine(String feedetlSn, String mdtrtId) {
        visitOfLine.put(feedetlSn, mdtrtId);
    }

    public void addSettlement(Settlement s) {
        addSettlement(s.setlId(), s.mdtrtId());
    }

    public void addSettlement(String setlId, String mdtrtId) {
        visitOfSettlement.put(setlId, mdtrtId);
    }

    /** The coarser subjects a subject lies inside, itself first: the keys under which labels are looked up. */
    void containers(SubjectType type, String id, java.util.function.BiConsumer<SubjectType, String> out) {
        out.accept(type, id);
        String visit = switch (type) {
            case FEE_DETAIL -> visitOfLine.get(id);
            case SETTLEMENT -> visitOfSettlement.get(id);
            case VISIT -> id;
            default -> null;
        };
        if (visit == null) {
            return;
        }
        if (type != SubjectType.VISIT) {
            out.accept(SubjectType.VISIT, visit);
        }
        String person = personOfVisit.get(visit);
        if (person != null) {
            out.accept(SubjectType.PERSON, person);
        }
        String institution = institutionOfVisit.get(visit);
        if (institution != null) {
            out.accept(SubjectType.INSTITUTION, institution);
        }
    }
}
