package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.DAY_1;
import static org.fundguard.engine.rules.Fixtures.H1;
import static org.fundguard.engine.rules.Fixtures.PH;
import static org.fundguard.engine.rules.Fixtures.aPerson;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;
import static org.fundguard.engine.rules.Fixtures.auditWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fundguard.core.Category;
import org.fundguard.core.MedType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;

class TraceCodeReuseTest {
    private static final String RULE = "FG-TRACE-CODE";
    private final Region region = aRegion().with(aPerson("P2")).with(anItem("D1").named("阿托伐他汀钙片").drug()).build();

    private static Fixtures.VisitBuilder purchase(String id, String psn, int day) {
        return aVisit(id).of(psn).at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1.plusDays(day));
    }

    @Test
    void flagsTheLaterSaleOfTheSameBoxEvenByAnotherPerson() {
        List<Finding> f = auditWith(RULE, region,
                purchase("V1", "P1", 0).withLine("F1", "D1", 1, 50_00).traced("81000001").build(),
                aVisit("V2").of("P2").at(H1).on(DAY_1.plusDays(4)).withLine("F2", "D1", 2, 50_00).traced("81000002", "81000001").build());

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.category()).isEqualTo(Category.TRACE_CODE_REUSE);
            assertThat(x.subjectId()).isEqualTo("F2");
            assertThat(x.psnNo()).isEqualTo("P2");
            assertThat(x.amountFen()).isEqualTo(100_00);
            assertThat(x.fundShareFen()).isEqualTo(70_00);
            assertThat(x.evidence()).contains("fee_details:F2", "fee_details:F1");
            assertThat(x.explanation()).contains("追溯码81000001已于", "费用明细F1", "再次销售结算");
        });
    }

    @Test
    void doesNotFlagARefundedSaleResoldAfterTheRefund() {
        assertThat(auditWith(RULE, region,
                purchase("V1", "P1", 0).withLine("F1", "D1", 1, 50_00).traced("81000001")
                        .withRefund("F2", "D1", 1, 50_00).traced("81000001").build(),
                purchase("V2", "P2", 2).withLine("F3", "D1", 1, 50_00).traced("81000001").build())).isEmpty();
    }

    @Test
    void aRefundRecordedInALaterVisitAlsoReleasesTheBox() {
        assertThat(auditWith(RULE, region,
                purchase("V1", "P1", 0).withLine("F1", "D1", 1, 50_00).traced("81000001").build(),
                purchase("V2", "P1", 1).withRefund("F2", "D1", 1, 50_00).traced("81000001").build(),
                purchase("V3", "P2", 2).withLine("F3", "D1", 1, 50_00).traced("81000001").build())).isEmpty();
    }

    @Test
    void aSaleWhoseSettlementWasReversedIsNoSale() {
        assertThat(auditWith(RULE, region,
                purchase("V1", "P1", 0).withLine("F1", "D1", 1, 50_00).traced("81000001")
                        .withSettlement("S1", DAY_1, true).build(),
                purchase("V2", "P2", 2).withLine("F3", "D1", 1, 50_00).traced("81000001").build())).isEmpty();
    }

    @Test
    void findsTheSameWhenToldWhichCodesMayRepeatAndFollowsOnlyThose() {
        Claim first = purchase("V1", "P1", 0).withLine("F1", "D1", 1, 50_00).traced("81000001", "81000009").build();
        Claim again = aVisit("V2").of("P2").at(H1).on(DAY_1.plusDays(4)).withLine("F2", "D1", 2, 50_00)
                .traced("81000002", "81000001", "81000009").build();
        List<PersonClaims> persons = PersonClaims.group(List.of(first.visit(), again.visit()),
                List.of(first.lines().get(0), again.lines().get(0)), List.of()).persons();
        Auditor auditor = new Auditor(RuleSet.builtIn(), region);

        List<Finding> all = new ArrayList<>();
        auditor.audit(persons, all::add);
        List<Finding> repeated = new ArrayList<>();
        auditor.withTraceCodesThatMayRepeat(Set.of("81000001", "81000009")::contains).audit(persons, repeated::add);
        List<Finding> notFollowed = new ArrayList<>();
        auditor.withTraceCodesThatMayRepeat(code -> !code.equals("81000009")).audit(persons, notFollowed::add);

        assertThat(repeated).isEqualTo(all);
        assertThat(all).filteredOn(f -> f.source().equals("RULE:" + RULE)).singleElement()
                .satisfies(f -> assertThat(f.observed().get("trace_codes")).isEqualTo("81000001;81000009"));
        assertThat(notFollowed).filteredOn(f -> f.source().equals("RULE:" + RULE)).singleElement()
                .satisfies(f -> assertThat(f.observed().get("trace_codes")).isEqualTo("81000001"));
    }
}
