package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.DAY_1;
import static org.fundguard.engine.rules.Fixtures.H1;
import static org.fundguard.engine.rules.Fixtures.H2;
import static org.fundguard.engine.rules.Fixtures.H3;
import static org.fundguard.engine.rules.Fixtures.PH;
import static org.fundguard.engine.rules.Fixtures.aPerson;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;
import static org.fundguard.engine.rules.Fixtures.auditWith;
import static org.fundguard.engine.rules.Fixtures.coded;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.MedTypeLimit;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RestrictionRulesTest {
    private final Region region = aRegion()
            .with(aPerson("W1").female())
            .with(aPerson("K14").born(LocalDate.of(2010, 3, 4)))
            .with(aPerson("K15").born(LocalDate.of(2010, 3, 3)))
            .with(anItem("G1").named("宫颈癌筛查").onlyFor(Gender.FEMALE))
            .with(anItem("G2").named("美容妇科项目").onlyFor(Gender.FEMALE).selfPaid())
            .with(anItem("K1").named("小儿推拿").ages(null, 14))
            .with(anItem("L1").named("艾迪注射液").drug().minHospitalLevel(HospitalLevel.LEVEL_2))
            .with(anItem("M1").named("脂肪乳注射液").drug().only(MedTypeLimit.INPATIENT_ONLY))
            .with(anItem("I1").named("阿卡波糖片").drug().indication("E11", "E10"))
            .with(anItem("W9").named("疤痕止痒软化膏").drug())
            .with(anItem("X1").named("丙类耗材").consumable().selfPaid())
            .with(anItem("X2").named("丙类药品").drug().selfPaid())
            .with(anItem("ND").named("保健食品").nonDrug())
            .with(anItem("TH").named("丁香").herb())
            .with(anItem("TP").named("黄芪").herb())
            .build();

    @Nested
    class Sex {
        @Test
        void flagsTheWholeLineOfAFemaleOnlyItemForAMan() {
            List<Finding> f = auditWith("FG-GENDER-SVC", region, aVisit("V1").withLine("F1", "G1", 1, 90_00).build());

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.category()).isEqualTo(Category.RESTRICTION_BREACH);
                assertThat(x.amountFen()).isEqualTo(90_00);
                assertThat(x.fundShareFen()).isEqualTo(63_00);
                assertThat(x.evidence()).contains("persons:P1");
                assertThat(x.explanation()).isEqualTo("费用明细F1：项目宫颈癌筛查(G1)限女性使用，参保人性别为男，违规金额90.00元");
            });
        }

        @Test
        void doesNotFlagTheSameItemForAWoman() {
            assertThat(auditWith("FG-GENDER-SVC", region, aVisit("V1").of("W1").withLine("F1", "G1", 1, 90_00).build())).isEmpty();
        }

        @Test
        void doesNotFlagASelfPaidLine() {
            assertThat(Fixtures.audit(region, RuleSet.builtIn(),
                    aVisit("V1").withLine("F1", "G2", 1, 500_00).ownpay(500_00).build())).isEmpty();
        }
    }

    @Nested
    class Age {
        @Test
        void flagsAChildOnlyItemForAnAdult() {
            assertThat(auditWith("FG-AGE-SVC", region, aVisit("V1").withLine("F1", "K1", 1, 30_00).build()))
                    .singleElement().satisfies(x -> assertThat(x.explanation()).contains("限14岁及以下使用，参保人就诊时45岁"));
        }

        @Test
        void countsWholeYearsUpToTheBirthday() {
            assertThat(auditWith("FG-AGE-SVC", region, aVisit("V1").of("K14").withLine("F1", "K1", 1, 30_00).build())).isEmpty();
            assertThat(auditWith("FG-AGE-SVC", region, aVisit("V1").of("K15").withLine("F1", "K1", 1, 30_00).build())).hasSize(1);
        }
    }

    @Nested
    class HospitalLevelLimit {
        @Test
        void flagsADrugLimitedToLevel2OrHigherAtALevel1Hospital() {
            assertThat(auditWith("FG-HOSP-LEVEL-DRUG", region, aVisit("V1").at(H3).withLine("F1", "L1", 2, 45_00).build()))
                    .singleElement().satisfies(x -> {
                        assertThat(x.amountFen()).isEqualTo(90_00);
                        assertThat(x.explanation()).contains("限二级及以上医疗机构使用", "为一级");
                    });
        }

        @Test
        void doesNotFlagItAtLevel2OrLevel3() {
            assertThat(auditWith("FG-HOSP-LEVEL-DRUG", region, aVisit("V1").at(H2).withLine("F1", "L1", 2, 45_00).build(),
                    aVisit("V2").at(H1).on(DAY_1.plusDays(2)).withLine("F2", "L1", 2, 45_00).build())).isEmpty();
        }
    }

    @Nested
    class InpatientOnly {
        @Test
        void flagsAnInpatientOnlyDrugAtAnOutpatientVisit() {
            assertThat(auditWith("FG-MED-TYPE-DRUG", region, aVisit("V1").withLine("F1", "M1", 1, 200_00).build()))
                    .singleElement().satisfies(x -> assertThat(x.explanation()).contains("限住院", "普通门诊"));
        }

        @Test
        void doesNotFlagItDuringAStay() {
            assertThat(auditWith("FG-MED-TYPE-DRUG", region,
                    aVisit("V1").inpatientUntil(DAY_1.plusDays(5)).withLine("F1", "M1", 1, 200_00).build())).isEmpty();
        }
    }

    @Nested
    class Indication {
        @Test
        void flagsADrugWithoutAQualifyingDiagnosis() {
            assertThat(auditWith("FG-INDICATION-DRUG", region, aVisit("V1").diag("J18.9").withLine("F1", "I1", 1, 30_00).build()))
                    .singleElement().satisfies(x -> assertThat(x.explanation()).contains("限诊断E11/E10使用", "J18.9"));
        }

        @Test
        void doesNotFlagTheSameItemWithAQualifyingSecondaryDiagnosis() {
            assertThat(auditWith("FG-INDICATION-DRUG", region,
                    aVisit("V1").diag("J18.9", "E11.9").withLine("F1", "I1", 1, 30_00).build())).isEmpty();
        }
    }

    @Test
    void flagsADrugLimitedToWorkInjuryInsuranceSettledByBasicInsurance() {
        RuleSet kp = RuleSet.of("test", List.of(coded("KP-W1", "INSURANCE_TYPE_LIMIT", Category.RESTRICTION_BREACH,
                Map.of("allowed", "WORK_INJURY"), "W9")));

        assertThat(Fixtures.audit(region, kp, aVisit("V1").withLine("F1", "W9", 1, 60_00).build()))
                .singleElement().satisfies(x -> {
                    assertThat(x.amountFen()).isEqualTo(60_00);
                    assertThat(x.explanation()).contains("限工伤保险支付", "职工基本医疗保险");
                });
    }

    @Test
    void aKnowledgePointLimitOverridesTheCatalogueColumnForItsCodes() {
        RuleSet rules = RuleSet.builtIn().plus(List.of(coded("KP-G1", "GENDER_LIMIT", Category.RESTRICTION_BREACH,
                Map.of("gender", "1"), "G1")));

        List<Finding> woman = Fixtures.audit(region, rules, aVisit("V1").of("W1").withLine("F1", "G1", 1, 90_00).build());
        List<Finding> man = Fixtures.audit(region, rules, aVisit("V2").withLine("F2", "G1", 1, 90_00).build());

        assertThat(woman).extracting(Finding::source).containsExactly("RULE:KP-G1");
        assertThat(man).isEmpty();
    }

    @Nested
    class NotPayable {
        private static final String RULE = "FG-NOT-PAYABLE";

        @Test
        void flagsAClassCLineTheFundPaidFor() {
            assertThat(auditWith(RULE, region, aVisit("V1").withLine("F1", "X1", 1, 30_00).build()))
                    .singleElement().satisfies(x -> {
                        assertThat(x.category()).isEqualTo(Category.RESTRICTION_BREACH);
                        assertThat(x.amountFen()).isEqualTo(30_00);
                        assertThat(x.fundShareFen()).isEqualTo(21_00);
                        assertThat(x.explanation()).contains("丙类", "全自费金额仅0.00元");
                    });
        }

        @Test
        void doesNotFlagClassCLinesCoveredByTheFullSelfPayment() {
            assertThat(Fixtures.audit(region, RuleSet.builtIn(), aVisit("V1").withLine("F1", "X1", 1, 30_00)
                    .withLine("F2", "X2", 2, 10_00).ownpay(50_00).build())).isEmpty();
        }

        @Test
        void flagsOnlyTheLineTheSelfPaymentDoesNotCover() {
            assertThat(auditWith(RULE, region, aVisit("V1").withLine("F1", "X1", 1, 30_00)
                    .withLine("F2", "X2", 2, 10_00).ownpay(30_00).build()))
                    .extracting(Finding::subjectId).containsExactly("F2");
        }

        @Test
        void doesNotFlagNonDrugGoodsPaidOutOfPocketAtAPharmacy() {
            assertThat(Fixtures.audit(region, RuleSet.builtIn(), aVisit("V1").at(PH).type(MedType.PHARMACY_PURCHASE)
                    .withLine("F1", "ND", 3, 40_00).ownpay(120_00).build())).isEmpty();
        }

        @Test
        void flagsNonDrugGoodsChargedToTheFund() {
            assertThat(auditWith(RULE, region, aVisit("V1").at(PH).type(MedType.PHARMACY_PURCHASE)
                    .withLine("F1", "ND", 3, 40_00).build())).singleElement()
                    .satisfies(x -> assertThat(x.explanation()).contains("非药品"));
        }

        @Test
        void herbsNotPayableAloneAreFlaggedOnlyWhenThePrescriptionConsistsOfThem() {
            RuleSet kp = RuleSet.of("test", List.of(coded("KP-H1", "NOT_PAYABLE", Category.RESTRICTION_BREACH,
                    Map.of("alone", "true"), "TH")));

            assertThat(Fixtures.audit(region, kp, aVisit("V1").withLine("F1", "TH", 10, 1_00).build())).hasSize(1);
            assertThat(Fixtures.audit(region, kp, aVisit("V2").withLine("F2", "TH", 10, 1_00)
                    .withLine("F3", "TP", 10, 2_00).build())).isEmpty();
        }
    }
}
