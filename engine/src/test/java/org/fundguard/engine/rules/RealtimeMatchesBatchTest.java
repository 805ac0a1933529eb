package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.DAY_1;
import static org.fundguard.engine.rules.Fixtures.H1;
import static org.fundguard.engine.rules.Fixtures.H2;
import static org.fundguard.engine.rules.Fixtures.H3;
import static org.fundguard.engine.rules.Fixtures.aPerson;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.fundguard.core.Gender;
import org.fundguard.core.Relation;
import org.fundguard.core.RuleScope;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;

/**
 * The real-time auditor runs the batch engine over the person's history but reports only the visit
 * being settled, and walks each code's own lines for evidence: on a generated region dense in repeats,
 * pairs, refunds and limits, every visit audited in real time gets exactly the findings (texts,
 * amounts, evidence) the batch audit gives that visit.
 */
class RealtimeMatchesBatchTest {
    private static final String[] CODES = {"C1", "T1", "T2", "D1", "D2", "G1", "A1", "X1", "B1", "B2", "K1", "K2"};
    private static final String[] HOSPITALS = {H1, H2, H3};
    /** Visits within this many days: inside the real-time history window of the built-in rules. */
    private static final int SPAN_DAYS = 4;

    @Test
    void everyVisitAuditedInRealTimeGetsTheBatchAuditsFindingsForIt() {
        Random rnd = new Random(20261123L);
        Fixtures.RegionBuilder rb = aRegion()
                .with(anItem("C1").named("静脉输液").cap(45_00))
                .with(anItem("T1").named("血糖测定").labTest().maxUnitsDay(1))
                .with(anItem("T2").named("血常规").labTest().maxUnitsDay(2))
                .with(anItem("D1").named("阿托伐他汀钙片").drug().maxDays(7, 3))
                .with(anItem("D2").named("阿莫西林胶囊").drug())
                .with(anItem("G1").named("宫颈检查").onlyFor(Gender.FEMALE))
                .with(anItem("A1").named("小儿推拿").ages(0, 14))
                .with(anItem("X1").named("保健品").nonDrug().selfPaid())
                .with(anItem("B1").named("项目甲"))
                .with(anItem("B2").named("项目乙"))
                .with(anItem("K1").named("手术包"))
                .with(anItem("K2").named("手术包组成"))
                .rule("B1", "B2", Relation.EXCLUSIVE, RuleScope.DAY)
                .rule("K1", "K2", Relation.BUNDLED, RuleScope.VISIT);
        List<Claim> claims = new ArrayList<>();
        int line = 0;
        for (int p = 0; p < 300; p++) {
            String psn = String.format("P%04d", p);
            Fixtures.PersonBuilder person = aPerson(psn);
            if (p % 2 == 0) {
                person.female();
            }
            if (p % 5 == 0) {
                person.born(LocalDate.of(2018, 6, 1));
            }
            rb.with(person);
            int visits = 1 + rnd.nextInt(6);
            for (int v = 0; v < visits; v++) {
                Fixtures.VisitBuilder b = aVisit(String.format("V%04d%02d", p, v)).of(psn)
                        .at(HOSPITALS[rnd.nextInt(HOSPITALS.length)])
                        .on(DAY_1.plusDays(rnd.nextInt(SPAN_DAYS)).plusMinutes(rnd.nextInt(600)));
                int lines = 1 + rnd.nextInt(8);
                String last = null;
                for (int l = 0; l < lines; l++) {
                    String code = CODES[rnd.nextInt(CODES.length)];
                    long price = code.equals("C1") ? 40_00 + rnd.nextInt(10_00) : 10_00 + rnd.nextInt(5_00);
                    b.withLine(String.format("F%06d", line++), code, 1 + rnd.nextInt(code.startsWith("D") ? 15 : 3), price);
                    last = code;
                    if (rnd.nextInt(10) == 0) {
                        b.withRefund(String.format("F%06d", line++), code, 1, price);
                    }
                }
                if (last.equals("X1")) {
                    b.ownpay(rnd.nextBoolean() ? 0 : 1_000_00);
                }
                claims.add(b.build());
            }
        }
        Region region = rb.build();
        RulePlan plan = RulePlan.compile(RuleSet.builtIn(), region, RuleDefinition.Stage.POST);
        assertThat(plan.lookbackDays).as("the generated visits must lie within the real-time history window")
                .isGreaterThanOrEqualTo(SPAN_DAYS);

        TreeSet<String> batch = new TreeSet<>();
        for (Finding f : Fixtures.audit(region, RuleSet.builtIn(), claims.toArray(Claim[]::new))) {
            if (plan.presenceRule != null && f.source().equals(plan.presenceRule.source)) {
                // one physician in two places compares other persons' visits: the batch audit's cross-person pass
                continue;
            }
            batch.add(key(f.source().substring("RULE:".length()), visitOf(f), f.explanation(), f.amountFen(), f.evidence()));
        }
        InMemoryHistoryStore history = new InMemoryHistoryStore();
        claims.forEach(history::record);
        RealtimeAuditor auditor = new RealtimeAuditor(RuleSet.builtIn(), region, history);
        TreeSet<String> realtime = new TreeSet<>();
        for (Claim c : claims) {
            for (RuleHit h : auditor.audit(c, RuleDefinition.Stage.POST).hits()) {
                realtime.add(key(h.ruleId(), h.mdtrtId(), h.volaCont(), h.volaAmtFen(), h.evidence()));
            }
        }

        assertThat(batch).hasSizeGreaterThan(300);
        for (String rule : List.of("FG-UNITS-DAY-REPEAT", "FG-UNITS-DAY-EXCESS", "FG-DAYS-SUPPLY", "FG-EXCLUSIVE-PAIR",
                "FG-BUNDLED", "FG-NOT-PAYABLE", "FG-PRICE-CAP", "FG-GENDER-SVC")) {
            assertThat(batch).as("the generated region exercises " + rule).anyMatch(k -> k.startsWith(rule + " "));
        }
        assertThat(minus(batch, realtime)).as("batch findings the real-time audit misses").isEmpty();
        assertThat(minus(realtime, batch)).as("real-time hits the batch audit does not report").isEmpty();
    }

    private static TreeSet<String> minus(TreeSet<String> a, TreeSet<String> b) {
        TreeSet<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static String visitOf(Finding f) {
        return f.evidence().stream().filter(e -> e.startsWith("visits:")).findFirst().orElseThrow().substring("visits:".length());
    }

    private static String key(String rule, String visit, String text, long amount, List<String> evidence) {
        return rule + " | " + visit + " | " + amount + " | " + evidence + " | " + text;
    }
}
