package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.DAY_1;
import static org.fundguard.engine.rules.Fixtures.H1;
import static org.fundguard.engine.rules.Fixtures.PH;
import static org.fundguard.engine.rules.Fixtures.aPerson;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;

import java.time.LocalDateTime;
import org.fundguard.core.MedType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;

class RealtimeAuditorTest {
    private static final LocalDateTime MAR_1 = LocalDateTime.of(2025, 3, 1, 10, 0);
    private final Region region = aRegion().with(aPerson("P2"))
            .with(anItem("C1").named("静脉输液").cap(45_00))
            .with(anItem("T1").named("血糖测定").labTest().maxUnitsDay(1))
            .with(anItem("D1").named("阿托伐他汀钙片").drug())
            .build();
    private final InMemoryHistoryStore history = new InMemoryHistoryStore();
    private final RealtimeAuditor auditor = new RealtimeAuditor(RuleSet.builtIn(), region, history);

    @Test
    void returnsAHitShapedLikeTheNationalResultWithItsLineDetails() {
        AuditResult r = auditor.audit(aVisit("V1").at(H1).withLine("F1", "C1", 2, 58_00).unsettled().build(),
                RuleDefinition.Stage.PRE);

        assertThat(r.passed()).isFalse();
        assertThat(r.hits()).singleElement().satisfies(h -> {
            assertThat(h.ruleId()).isEqualTo("FG-PRICE-CAP");
            assertThat(h.ruleName()).isEqualTo("超限定单价收费");
            assertThat(h.volaCont()).contains("超额13.00元×2=26.00元");
            assertThat(h.volaAmtFen()).isEqualTo(26_00);
            assertThat(h.sevDeg()).isEqualTo("1");
            assertThat(h.volaEvid()).isEqualTo("GZ10000102001000 医疗服务项目超限定单价收费");
            assertThat(h.volaBhvrType()).isEqualTo("OVER_PRICE");
            assertThat(h.patnId()).isEqualTo("P1");
            assertThat(h.details()).singleElement().satisfies(d -> {
                assertThat(d.rxId()).isEqualTo("F1");
                assertThat(d.volaItemType()).isEqualTo("201");
                assertThat(d.volaAmtFen()).isEqualTo(26_00);
            });
        });
    }

    @Test
    void checksTheVisitAgainstThePersonsHistory() {
        history.record(aVisit("V1").on(DAY_1).withLine("F1", "T1", 1, 20_00).build());

        AuditResult r = auditor.audit(aVisit("V2").on(DAY_1.plusHours(4)).withLine("F2", "T1", 1, 20_00).unsettled().build(),
                RuleDefinition.Stage.DURING);

        assertThat(r.hits()).extracting(RuleHit::ruleId).containsExactly("FG-UNITS-DAY-REPEAT");
        assertThat(r.hits().get(0).details()).extracting(RuleHit.Detail::rxId).containsExactly("F2");
    }

    @Test
    void reportsOnlyTheVisitBeingAuditedNotOldViolationsInTheHistory() {
        history.record(aVisit("V1").at(H1).on(DAY_1).withLine("F1", "C1", 1, 99_00).build());

        assertThat(auditor.audit(aVisit("V2").on(DAY_1.plusDays(2)).withLine("F2", "C1", 1, 40_00).unsettled().build(),
                RuleDefinition.Stage.DURING).passed()).isTrue();
    }

    @Test
    void flagsAReadmissionAtAdmissionTime() {
        history.record(aVisit("V1").on(MAR_1).inpatientUntil(MAR_1.plusDays(4)).diag("K35.8").withLine("F1", "C1", 1, 40_00).build());

        AuditResult r = auditor.audit(aVisit("V2").on(MAR_1.plusDays(10)).inpatientUntil(MAR_1.plusDays(12)).diag("K35.8")
                .withLine("F2", "C1", 1, 40_00).build(), RuleDefinition.Stage.DURING);

        assertThat(r.hits()).extracting(RuleHit::ruleId).containsExactly("FG-READMISSION");
        assertThat(r.hits().get(0).sevDeg()).isEqualTo("2");
        assertThat(r.hits().get(0).details()).extracting(RuleHit.Detail::rxId).containsExactly("F2");
    }

    @Test
    void aPreStageAuditSkipsRulesThatOnlyRunLater() {
        history.record(aVisit("V1").on(MAR_1).inpatientUntil(MAR_1.plusDays(4)).diag("K35.8").withLine("F1", "C1", 1, 40_00).build());

        assertThat(auditor.audit(aVisit("V2").on(MAR_1.plusDays(10)).inpatientUntil(MAR_1.plusDays(12)).diag("K35.8")
                .withLine("F2", "C1", 1, 40_00).build(), RuleDefinition.Stage.PRE).passed()).isTrue();
    }

    @Test
    void flagsABoxSoldBeforeByAnotherPerson() {
        history.record(aVisit("V1").of("P2").at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1)
                .withLine("F1", "D1", 1, 50_00).traced("81000001").build());

        AuditResult r = auditor.audit(aVisit("V2").at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1.plusDays(3))
                .withLine("F2", "D1", 1, 50_00).traced("81000001").build(), RuleDefinition.Stage.DURING);

        assertThat(r.hits()).singleElement().satisfies(h -> {
            assertThat(h.ruleId()).isEqualTo("FG-TRACE-CODE");
            assertThat(h.volaCont()).contains("费用明细F1");
        });
    }

    @Test
    void doesNotFlagABoxWhoseEarlierSaleWasRefunded() {
        history.record(aVisit("V1").of("P2").at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1)
                .withLine("F1", "D1", 1, 50_00).traced("81000001").withRefund("F9", "D1", 1, 50_00).build());

        assertThat(auditor.audit(aVisit("V2").at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1.plusDays(3))
                .withLine("F2", "D1", 1, 50_00).traced("81000001").build(), RuleDefinition.Stage.DURING).passed()).isTrue();
    }

    @Test
    void acceptsLinesInAnyOrder() {
        Claim shuffled = aVisit("V1").withLineAt("F2", "T1", 10_000, 20_00, DAY_1.plusMinutes(5))
                .withLineAt("F1", "T1", 10_000, 20_00, DAY_1.plusMinutes(1)).unsettled().build();

        assertThat(auditor.audit(shuffled, RuleDefinition.Stage.PRE).hits()).singleElement()
                .satisfies(h -> assertThat(h.details().get(0).rxId()).isEqualTo("F2"));
    }
}
