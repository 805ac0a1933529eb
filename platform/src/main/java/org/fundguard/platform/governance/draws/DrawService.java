package org.fundguard.platform.governance.draws;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.inspections.Directory;
import org.fundguard.governance.inspections.Draw;
import org.fundguard.governance.inspections.DrawRatios;
import org.fundguard.governance.inspections.Pairing;
import org.fundguard.governance.inspections.RandomDraw;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.governance.GovernanceException;
import org.fundguard.platform.governance.PersonalData;
import org.fundguard.platform.governance.credit.CreditRatingStore;
import org.fundguard.platform.governance.directory.InspectorDirectory;
import org.fundguard.platform.governance.directory.TargetDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs, stores, verifies and publishes draws. The draw itself is the governance module's pure
 * function; here it gets its inputs (the directories as they are now, grades from the rating run in
 * force, last year's published pairings) and its inputs are kept so that anyone can run it again.
 */
@Service
class DrawService {
    private final TargetDirectory targets;
    private final InspectorDirectory inspectors;
    private final CreditRatingStore credit;
    private final Draws draws;
    private final AuditLog auditLog;

    DrawService(TargetDirectory targets, InspectorDirectory inspectors, CreditRatingStore credit, Draws draws,
            AuditLog auditLog) {
        this.targets = targets;
        this.inspectors = inspectors;
        this.credit = credit;
        this.draws = draws;
        this.auditLog = auditLog;
    }

    record Request(String title, int year, String seed, Map<CreditGrade, Integer> ratiosPermille, int inspectorsPerTarget) {
    }

    /** The directory a draw of this year would run on: the grade of the rating in force replaces the directory's. */
    Directory directoryFor(int year) {
        Map<String, CreditGrade> rated = credit.institutionGradesForDraw(year);
        return new Directory(targets.targets(), inspectors.active())
                .withCreditGrades(t -> rated.getOrDefault(t.code(), t.creditGrade()));
    }

    @Transactional
    long draw(Request r, String actor) {
        if (r.title() == null || r.title().isBlank()) {
            throw GovernanceException.invalid("请填写抽查任务名称 (the draw needs a title)");
        }
        if (r.seed() == null || r.seed().isBlank()) {
            throw GovernanceException.invalid("随机种子须事先公布且不能为空 (the seed must be announced and not empty)");
        }
        DrawRatios ratios = ratios(r.ratiosPermille());
        Directory directory = directoryFor(r.year());
        if (directory.targets().isEmpty()) {
            throw GovernanceException.invalid("检查对象名录库为空 (the target directory is empty)");
        }
        List<Pairing> previous = draws.publishedPairings(r.year() - 1);
        Draw d;
        try {
            d = RandomDraw.draw(directory, previous, ratios, r.inspectorsPerTarget(), r.seed().strip());
        } catch (IllegalArgumentException e) {
            throw GovernanceException.invalid(e.getMessage());
        }
        Draws.Inputs inputs = new Draws.Inputs(directory, previous, ratios, r.inspectorsPerTarget(), d.seed());
        long id = draws.insert(r.title().strip(), r.year(), inputs, d, actor);
        auditLog.append(actor, "DRAW_RUN", "draw:" + id, "seed " + d.seed() + ", snapshot " + d.snapshotSha256() + ", "
                + d.assignments().size() + " of " + directory.targets().size() + " targets drawn");
        return id;
    }

    /**
     * Ratios must not fall as credit worsens (国发〔2019〕5号: 信用较好、风险较低的合理降低抽查比例,
     * 违法失信、风险较高的适当提高): a draw that looked less at D than at A would invert the rule.
     */
    static DrawRatios ratios(Map<CreditGrade, Integer> permille) {
        Map<CreditGrade, Integer> m = new EnumMap<>(CreditGrade.class);
        Integer before = null;
        for (CreditGrade g : CreditGrade.values()) {
            Integer p = permille.get(g);
            if (p == null || p < 0 || p > 1000) {
                throw GovernanceException.invalid("等级 " + g + " 的抽查比例须在 0-1000‰ 之间 (ratio of grade " + g
                        + " must be 0..1000 per mille), got " + p);
            }
            if (before != null && p < before) {
                throw GovernanceException.invalid("信用等级越低抽查比例不能越低: 等级 " + g + " 的 " + p + "‰ 低于上一等级的 " + before
                        + "‰ (ratios must not fall from A to D)");
            }
            before = p;
            m.put(g, p);
        }
        return DrawRatios.of(m);
    }

    record Verification(DrawRecord stored, String recomputedHash, boolean sameHash, boolean sameResult,
            List<Pairing> recomputed) {
        public boolean verified() {
            return sameHash && sameResult;
        }
    }

    /** Runs a stored draw again from its stored inputs and compares hash and result with what was recorded. */
    Verification verify(long id) {
        DrawRecord stored = find(id);
        Draws.Inputs in = draws.inputs(id);
        Draw again = RandomDraw.draw(in.directory(), in.previous(), in.ratios(), in.inspectorsPerTarget(), in.seed());
        List<Pairing> recomputed = again.pairings().stream().sorted().toList();
        boolean sameResult = Set.copyOf(recomputed).equals(Set.copyOf(draws.assignments(id)))
                && recomputed.size() == draws.assignments(id).size();
        return new Verification(stored, again.snapshotSha256(), again.snapshotSha256().equals(stored.snapshotSha256()),
                sameResult, recomputed);
    }

    String canonicalInputs(long id) {
        Draws.Inputs in = draws.inputs(id);
        return RandomDraw.canonicalInputs(in.directory(), in.previous(), in.ratios(), in.inspectorsPerTarget());
    }

    Draws.Inputs inputs(long id) {
        find(id);
        return draws.inputs(id);
    }

    DrawRecord find(long id) {
        return draws.find(id).orElseThrow(() -> GovernanceException.notFound("没有编号为 " + id + " 的抽查 (no draw " + id + ")"));
    }

    /** Public pages see published draws only; an unpublished one is as absent as a missing one. */
    DrawRecord findPublished(long id) {
        DrawRecord d = draws.find(id).filter(DrawRecord::published).orElse(null);
        if (d == null) {
            throw GovernanceException.notFound("没有已公开的编号为 " + id + " 的抽查 (no published draw " + id + ")");
        }
        return d;
    }

    List<DrawRecord> list(boolean publishedOnly) {
        return draws.list(publishedOnly);
    }

    @Transactional
    void publish(long id, String actor) {
        DrawRecord d = find(id);
        if (!draws.publish(id, actor)) {
            throw GovernanceException.invalid("抽查 " + id + " 已公开 (already published)");
        }
        auditLog.append(actor, "DRAW_PUBLISHED", "draw:" + id, "seed " + d.seed() + ", snapshot " + d.snapshotSha256());
    }

    /** 一公开 of the outcome: what the inspection of a drawn target found. */
    @Transactional
    void recordOutcome(long id, String targetCode, String outcome, String detail, String actor) {
        find(id);
        if (!Set.of("NO_PROBLEM", "RECTIFIED", "CASE_OPENED").contains(outcome)) {
            throw GovernanceException.invalid("未知的检查结果 " + outcome + " (unknown outcome)");
        }
        if (!draws.drawn(id, targetCode)) {
            throw GovernanceException.invalid("机构 " + targetCode + " 不在抽查 " + id + " 的结果中 (not drawn)");
        }
        String text = PersonalData.scrub(detail == null ? "" : detail.strip());
        draws.recordOutcome(id, targetCode, outcome, text, actor);
        auditLog.append(actor, "DRAW_OUTCOME", "draw:" + id, targetCode + " " + outcome + (text.isEmpty() ? "" : ": " + text));
    }
}
