package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.DAY_1;
import static org.fundguard.engine.rules.Fixtures.H1;
import static org.fundguard.engine.rules.Fixtures.H2;
import static org.fundguard.engine.rules.Fixtures.PH;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;
import static org.fundguard.engine.rules.Fixtures.auditWith;
import static org.fundguard.engine.rules.Fixtures.coded;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.core.MedType;
import org.fundguard.core.Quantity;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuantityRulesTest {
    private final Region region = aRegion()
            .with(anItem("T1").named("血糖测定").labTest().maxUnitsDay(1))
            .with(anItem("T2").named("血常规").labTest().maxUnitsDay(2))
            .with(anItem("D1").named("布洛芬片").drug().maxUnitsDay(3))
            .with(anItem("D2").named("二甲双胍片").drug().maxDays(30, 3))
            .with(anItem("C3").named("血清果糖胺测定").labTest())
            .build();

    @Nested
    class ServiceChargedBeyondItsDailyLimit {
        private static final String RULE = "FG-UNITS-DAY-REPEAT";

        @Test
        void flagsTheLaterLineAsADuplicateCharge() {
            List<Finding> f = auditWith(RULE, region,
                    aVisit("V1").withLine("F1", "T1", 1, 20_00).withLine("F2", "T1", 1, 20_00).build());

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.category()).isEqualTo(Category.DUPLICATE_CHARGE);
                assertThat(x.subjectId()).isEqualTo("F2");
                assertThat(x.amountFen()).isEqualTo(20_00);
                assertThat(x.fundShareFen()).isEqualTo(14_00);
                assertThat(x.evidence()).contains("fee_details:F2", "fee_details:F1");
                assertThat(x.explanation()).contains("每日限1", "当日在本机构累计2", "超出1", "违规金额20.00元");
            });
        }

        @Test
        void doesNotFlagALabTestTwiceADayWhenMaxUnitsDayAllowsIt() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").withLine("F1", "T2", 1, 20_00).withLine("F2", "T2", 1, 20_00).build())).isEmpty();
        }

        @Test
        void doesNotFlagARefundAndRechargePair() {
            assertThat(auditWith(RULE, region, aVisit("V1").withLine("F1", "T1", 1, 20_00).withRefund("F2", "T1", 1, 20_00)
                    .withLine("F3", "T1", 1, 20_00).build())).isEmpty();
        }

        @Test
        void countsTheSameDayAcrossVisitsAtOneInstitutionAndFlagsTheLaterOne() {
            List<Finding> f = auditWith(RULE, region,
                    aVisit("V1").at(H1).on(DAY_1).withLine("F1", "T1", 1, 20_00).build(),
                    aVisit("V2").at(H1).on(DAY_1.plusHours(3)).withLine("F2", "T1", 1, 20_00).build());

            assertThat(f).extracting(Finding::subjectId).containsExactly("F2");
        }

        @Test
        void doesNotCountAnotherInstitutionTheSameDay() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(H1).on(DAY_1).withLine("F1", "T1", 1, 20_00).build(),
                    aVisit("V2").at(H2).on(DAY_1.plusHours(3)).withLine("F2", "T1", 1, 20_00).build())).isEmpty();
        }

        @Test
        void aSingleLineAboveTheLimitIsOverQuantityNotARepeatedCharge() {
            Claim c = aVisit("V1").withLine("F1", "T2", 5, 10_00).build();

            assertThat(auditWith(RULE, region, c)).isEmpty();
            assertThat(auditWith("FG-UNITS-DAY-EXCESS", region, c)).singleElement().satisfies(x -> {
                assertThat(x.category()).isEqualTo(Category.OVER_QUANTITY);
                assertThat(x.amountFen()).isEqualTo(30_00);
            });
        }

        @Test
        void doesNotCountTheNextDay() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").on(DAY_1).withLine("F1", "T1", 1, 20_00).build(),
                    aVisit("V2").on(DAY_1.plusDays(1)).withLine("F2", "T1", 1, 20_00).build())).isEmpty();
        }
    }

    @Test
    void flagsTheExcessShareOfADrugLineAboveItsDailyUnits() {
        List<Finding> f = auditWith("FG-UNITS-DAY-EXCESS", region, aVisit("V1").withLine("F1", "D1", 5, 10_00).build());

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.category()).isEqualTo(Category.OVER_QUANTITY);
            assertThat(x.amountFen()).isEqualTo(20_00);
            assertThat(x.fundShareFen()).isEqualTo(14_00);
        });
    }

    @Nested
    class DaysOfSupply {
        private static final String RULE = "FG-DAYS-SUPPLY";

        @Test
        void flagsTheExcessShareOfADispensingBeyondMaxDays() {
            // 120 tablets at 3 a day = 40 days, 30 allowed: 30 tablets too many, 30/120 of 180.00
            List<Finding> f = auditWith(RULE, region,
                    aVisit("V1").at(PH).type(MedType.PHARMACY_PURCHASE).withLine("F1", "D2", 120, 1_50).build());

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.category()).isEqualTo(Category.OVER_QUANTITY);
                assertThat(x.amountFen()).isEqualTo(45_00);
                assertThat(x.explanation()).contains("可用40天", "超过最长30天", "超出30");
            });
        }

        @Test
        void addsUpTheLinesOfOneDispensing() {
            List<Finding> f = auditWith(RULE, region, aVisit("V1").at(PH).type(MedType.PHARMACY_PURCHASE)
                    .withLine("F1", "D2", 60, 1_50).withLine("F2", "D2", 60, 1_50).build());

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.subjectId()).isEqualTo("F2");
                assertThat(x.amountFen()).isEqualTo(45_00);
            });
        }

        @Test
        void doesNotFlagAChronicLongPrescriptionWithinItsAllowedDays() {
            assertThat(auditWith(RULE, region, aVisit("V1").type(MedType.CHRONIC_OUTPATIENT).diag("E11.9")
                    .withLine("F1", "D2", 90, 1_50).build())).isEmpty();
        }

        @Test
        void doesNotApplyToDrugsGivenDuringAStay() {
            assertThat(auditWith(RULE, region, aVisit("V1").inpatientUntil(DAY_1.plusDays(60))
                    .withLine("F1", "D2", 150, 1_50).build())).isEmpty();
        }

        @Test
        void aChronicLimitGivenAsParameterRaisesTheLimitForChronicVisitsOnly() {
            RuleSet rules = RuleSet.builtIn().withParameters(RULE, Map.of("chronic_max_days", "84"));
            Region r = region;
            List<Finding> chronic = Fixtures.audit(r, rules.only(RULE),
                    aVisit("V1").type(MedType.CHRONIC_OUTPATIENT).withLine("F1", "D2", 252, 1_00).build());
            List<Finding> general = Fixtures.audit(r, rules.only(RULE),
                    aVisit("V2").withLine("F2", "D2", 252, 1_00).build());

            assertThat(chronic).isEmpty();
            assertThat(general).singleElement().satisfies(x -> assertThat(x.amountFen()).isEqualTo(162_00));
        }
    }

    @Nested
    class PeriodFrequency {
        private final RuleSet every14Days = RuleSet.of("test", List.of(coded("KP-F1", "PERIOD_FREQUENCY",
                Category.DUPLICATE_CHARGE, Map.of("max_count", "1", "period", "N_DAYS", "days", "14", "unit", "次"), "C3")));
        private final RuleSet twicePerMonth = RuleSet.of("test", List.of(coded("KP-F2", "PERIOD_FREQUENCY",
                Category.DUPLICATE_CHARGE, Map.of("max_count", "2", "period", "NATURAL_MONTH"), "C3")));

        @Test
        void flagsASecondTestWithinTheCycle() {
            List<Finding> f = Fixtures.audit(region, every14Days,
                    aVisit("V1").on(DAY_1).withLine("F1", "C3", 1, 30_00).build(),
                    aVisit("V2").on(DAY_1.plusDays(9)).withLine("F2", "C3", 1, 30_00).build());

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.subjectId()).isEqualTo("F2");
                assertThat(x.amountFen()).isEqualTo(30_00);
                assertThat(x.explanation()).contains("每14天限1次", "累计2次");
                assertThat(x.evidence()).contains("fee_details:F1");
            });
        }

        @Test
        void doesNotFlagATestAfterTheCycle() {
            assertThat(Fixtures.audit(region, every14Days,
                    aVisit("V1").on(DAY_1).withLine("F1", "C3", 1, 30_00).build(),
                    aVisit("V2").on(DAY_1.plusDays(14)).withLine("F2", "C3", 1, 30_00).build())).isEmpty();
        }

        @Test
        void countsNaturalMonthsNotRollingWindows() {
            LocalDateTime mar30 = LocalDateTime.of(2025, 3, 30, 9, 0);
            List<Finding> f = Fixtures.audit(region, twicePerMonth,
                    aVisit("V1").on(mar30).withLine("F1", "C3", 2, 30_00).build(),
                    aVisit("V2").on(mar30.plusDays(2)).withLine("F2", "C3", 2, 30_00).build(),
                    aVisit("V3").on(mar30.plusDays(3)).withLine("F3", "C3", 1, 30_00).build());

            assertThat(f).extracting(Finding::subjectId).containsExactly("F3");
        }

        @Test
        void halfUnitsCountAsTheirQuantity() {
            List<Finding> f = Fixtures.audit(region, every14Days,
                    aVisit("V1").on(DAY_1).withLineAt("F1", "C3", Quantity.ONE / 2, 30_00, DAY_1)
                            .withLineAt("F2", "C3", Quantity.ONE, 30_00, DAY_1.plusMinutes(5)).build());

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.subjectId()).isEqualTo("F2");
                assertThat(x.amountFen()).isEqualTo(15_00);
            });
        }
    }
}
