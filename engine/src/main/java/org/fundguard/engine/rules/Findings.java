package org.fundguard.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Finding;

/** Builds findings with their evidence, amounts and observed values. */
final class Findings {
    private Findings() {
    }

    /**
     * A finding about one fee line: the subject is the line (or its visit, when the rule's category
     * is a visit-level one); the fund share applies the visit's fund ratio to the amount.
     */
    static Finding line(CompiledRule r, FeeDetail line, VisitFacts v, long amountFen, String explanation,
            List<String> extraEvidence, String... observed) {
        List<String> ev = new ArrayList<>(4 + extraEvidence.size());
        ev.add("fee_details:" + line.feedetlSn());
        ev.add(v.evidenceVisit());
        if (v.settlement != null) {
            ev.add("settlements:" + v.settlement.setlId());
        }
        ev.addAll(extraEvidence);
        SubjectType unit = r.category.unit();
        String subject = switch (unit) {
            case VISIT -> v.visit.mdtrtId();
            case SETTLEMENT -> v.settlement == null ? line.feedetlSn() : v.settlement.setlId();
            default -> line.feedetlSn();
        };
        SubjectType type = unit == SubjectType.VISIT || (unit == SubjectType.SETTLEMENT && v.settlement != null)
                ? unit : SubjectType.FEE_DETAIL;
        return new Finding(r.source, r.version, r.category, type, subject, v.visit.institutionCode(), v.visit.psnNo(),
                r.score, amountFen, v.fundShare(amountFen), ev, observed(r, observed), explanation);
    }

    /** A finding about a whole visit; amount and fund share are the visit's fund payment. */
    static Finding visit(CompiledRule r, VisitFacts v, String explanation, List<String> extraEvidence,
            String... observed) {
        List<String> ev = new ArrayList<>(3 + extraEvidence.size());
        ev.add(v.evidenceVisit());
        for (Settlement s : v.claim.settlements()) {
            if (!s.reversed()) {
                ev.add("settlements:" + s.setlId());
            }
        }
        ev.addAll(extraEvidence);
        return new Finding(r.source, r.version, r.category, SubjectType.VISIT, v.visit.mdtrtId(),
                v.visit.institutionCode(), v.visit.psnNo(), r.score, v.fundPay, v.fundPay, ev, observed(r, observed),
                explanation);
    }

    /** A finding about one settlement; amount and fund share are its fund payment. */
    static Finding settlement(CompiledRule r, VisitFacts v, Settlement s, String explanation,
            List<String> extraEvidence, String... observed) {
        List<String> ev = new ArrayList<>(2 + extraEvidence.size());
        ev.add("settlements:" + s.setlId());
        ev.add(v.evidenceVisit());
        ev.addAll(extraEvidence);
        return new Finding(r.source, r.version, r.category, SubjectType.SETTLEMENT, s.setlId(), s.institutionCode(),
                s.psnNo(), r.score, s.fundPaySumFen(), s.fundPaySumFen(), ev, observed(r, observed), explanation);
    }

    private static Map<String, String> observed(CompiledRule r, String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rule", r.code());
        m.put("template", r.def.template());
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put(kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
