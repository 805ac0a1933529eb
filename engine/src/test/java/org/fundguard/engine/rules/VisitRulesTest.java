package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.DAY_1;
import static org.fundguard.engine.rules.Fixtures.DOCTOR;
import static org.fundguard.engine.rules.Fixtures.FAR;
import static org.fundguard.engine.rules.Fixtures.H1;
import static org.fundguard.engine.rules.Fixtures.H1B;
import static org.fundguard.engine.rules.Fixtures.H2;
import static org.fundguard.engine.rules.Fixtures.PH;
import static org.fundguard.engine.rules.Fixtures.aPerson;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;
import static org.fundguard.engine.rules.Fixtures.auditWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VisitRulesTest {
    private static final LocalDateTime MAR_1 = LocalDateTime.of(2025, 3, 1, 10, 0);

    @Nested
    class Deceased {
        private static final String RULE = "FG-DECEASED";
        private final Region region = aRegion().with(aPerson("P1").died(LocalDate.of(2025, 3, 2)))
                .with(anItem("C1")).build();

        @Test
        void flagsAVisitAfterTheDayOfDeathWithItsFundPayment() {
            List<Finding> f = auditWith(RULE, region, aVisit("V1").on(DAY_1).withLine("F1", "C1", 1, 100_00).build());

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.category()).isEqualTo(Category.DECEASED_CLAIM);
                assertThat(x.subjectType()).isEqualTo(SubjectType.VISIT);
                assertThat(x.subjectId()).isEqualTo("V1");
                assertThat(x.amountFen()).isEqualTo(70_00);
                assertThat(x.fundShareFen()).isEqualTo(70_00);
                assertThat(x.explanation()).contains("已于2025-03-02死亡", "2025-03-03(死亡后第1天)", "基金支付70.00元");
            });
        }

        @Test
        void doesNotFlagAVisitOnTheDayOfDeath() {
            assertThat(auditWith(RULE, region, aVisit("V1").on(LocalDateTime.of(2025, 3, 2, 23, 0))
                    .withLine("F1", "C1", 1, 100_00).build())).isEmpty();
        }
    }

    @Nested
    class DoubleSettlement {
        private static final String RULE = "FG-DOUBLE-SETTLEMENT";
        private final Region region = aRegion().with(anItem("C1")).with(anItem("C2")).build();

        @Test
        void flagsTheSecondUnreversedSettlementOfAVisit() {
            List<Finding> f = auditWith(RULE, region, aVisit("V1").withLine("F1", "C1", 1, 100_00)
                    .withSettlement("S1", DAY_1.plusHours(1), false).withSettlement("S2", DAY_1.plusHours(2), false).build());

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.category()).isEqualTo(Category.DOUBLE_REIMBURSEMENT);
                assertThat(x.subjectType()).isEqualTo(SubjectType.SETTLEMENT);
                assertThat(x.subjectId()).isEqualTo("S2");
                assertThat(x.amountFen()).isEqualTo(70_00);
                assertThat(x.evidence()).contains("settlements:S2", "settlements:S1", "visits:V1");
            });
        }

        @Test
        void doesNotFlagAReversedSettlementFollowedByACorrectedOne() {
            assertThat(auditWith(RULE, region, aVisit("V1").withLine("F1", "C1", 1, 100_00)
                    .withSettlement("S1", DAY_1.plusHours(1), true).withSettlement("S2", DAY_1.plusHours(2), false).build()))
                    .isEmpty();
        }

        @Test
        void withAWindowFlagsTheLaterCopyOfAVisit() {
            RuleSet rules = RuleSet.builtIn().withParameters(RULE, java.util.Map.of("window_days", "1"));
            List<Finding> f = Fixtures.audit(region, rules,
                    aVisit("V1").on(DAY_1).withLineAt("F1", "C1", 10_000, 100_00, DAY_1.plusMinutes(3))
                            .withLineAt("F2", "C2", 20_000, 5_00, DAY_1.plusMinutes(4)).build(),
                    aVisit("V2").on(DAY_1.plusHours(3)).withLineAt("F3", "C2", 20_000, 5_00, DAY_1.plusMinutes(4))
                            .withLineAt("F4", "C1", 10_000, 100_00, DAY_1.plusMinutes(3)).build());

            assertThat(f.stream().filter(x -> x.source().equals("RULE:" + RULE))).extracting(Finding::subjectId).containsExactly("S2");
        }

        @Test
        void doesNotFlagTheSamePurchaseRepeatedTheSameDay() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1).withLine("F1", "C1", 1, 100_00).build(),
                    aVisit("V2").at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1.plusHours(2)).withLine("F2", "C1", 1, 100_00)
                            .build())).isEmpty();
        }

        @Test
        void doesNotFlagTheSameMonthlyPurchaseAMonthLater() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1).withLine("F1", "C1", 1, 100_00).build(),
                    aVisit("V2").at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1.plusDays(30)).withLine("F2", "C1", 1, 100_00)
                            .build())).isEmpty();
        }

        @Test
        void doesNotFlagInterimSettlementsOfALongStay() {
            assertThat(auditWith(RULE, region, aVisit("V1").inpatientUntil(DAY_1.plusDays(60))
                    .withLineAt("F1", "C1", 10_000, 3_000_00, DAY_1.plusDays(1))
                    .withLineAt("F2", "C1", 10_000, 2_000_00, DAY_1.plusDays(40))
                    .withPartialSettlement("S1", DAY_1.plusDays(30), 3_000_00)
                    .withPartialSettlement("S2", DAY_1.plusDays(60), 2_000_00).build())).isEmpty();
        }
    }

    @Nested
    class Readmission {
        private static final String RULE = "FG-READMISSION";
        private final Region region = aRegion().with(anItem("C1")).build();

        private Fixtures.VisitBuilder stay(String id, String inst, LocalDateTime admit, int days, String diag) {
            return aVisit(id).at(inst).on(admit).inpatientUntil(admit.plusDays(days)).diag(diag)
                    .withLine("F" + id.substring(1), "C1", 1, 1_000_00);
        }

        @Test
        void flagsTheReadmissionWithin15DaysForTheSameDiagnosis() {
            List<Finding> f = auditWith(RULE, region, stay("V1", H1, MAR_1, 4, "K35.8").build(),
                    stay("V2", H1, MAR_1.plusDays(14), 5, "K35.8").build());

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.category()).isEqualTo(Category.SPLIT_ADMISSION);
                assertThat(x.subjectId()).isEqualTo("V2");
                assertThat(x.amountFen()).isEqualTo(700_00);
                assertThat(x.evidence()).contains("visits:V2", "visits:V1");
                assertThat(x.explanation()).contains("距上次出院(就诊V1，2025-03-05)仅10天", "主诊断同为K35.8");
            });
        }

        @Test
        void doesNotFlagPlannedChemotherapyCycles() {
            assertThat(auditWith(RULE, region, stay("V1", H1, MAR_1, 3, "Z51.1").build(),
                    stay("V2", H1, MAR_1.plusDays(10), 3, "Z51.1").build())).isEmpty();
        }

        @Test
        void doesNotFlagATransferToAnotherInstitutionForADifferentCondition() {
            assertThat(auditWith(RULE, region, stay("V1", H1, MAR_1, 3, "K35.8").build(),
                    stay("V2", H2, MAR_1.plusDays(5), 3, "I21.0").build())).isEmpty();
        }

        @Test
        void doesNotFlagAReadmissionAfterTheWindow() {
            assertThat(auditWith(RULE, region, stay("V1", H1, MAR_1, 4, "K35.8").build(),
                    stay("V2", H1, MAR_1.plusDays(20), 5, "K35.8").build())).isEmpty();
        }

        @Test
        void doesNotFlagAnAdmissionThroughTheEmergencyDepartment() {
            assertThat(auditWith(RULE, region, stay("V1", H1, MAR_1, 4, "I50.0").build(),
                    aVisit("V2").at(H1).type(MedType.EMERGENCY).on(MAR_1.plusDays(8)).diag("I50.0").withLine("F9", "C1", 1, 50_00).build(),
                    stay("V3", H1, MAR_1.plusDays(8).plusHours(3), 5, "I50.0").build())).isEmpty();
        }
    }

    @Nested
    class Practitioner {
        private static final String RULE = "FG-PRACTITIONER";
        private final Region region = aRegion().with(anItem("C1"))
                .registration("D2", H2, null, null)
                .registration("D3", H1, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31))
                .registration("D4", H1, null, null).registration("D4", H2, LocalDate.of(2023, 1, 1), null)
                .build();

        @Test
        void flagsAVisitAttendedByAPractitionerNotRegisteredAtTheInstitution() {
            assertThat(auditWith(RULE, region, aVisit("V1").at(H1).attendedBy("D2").withLine("F1", "C1", 1, 100_00).build()))
                    .singleElement().satisfies(x -> {
                        assertThat(x.category()).isEqualTo(Category.UNQUALIFIED_PRACTITIONER);
                        assertThat(x.subjectId()).isEqualTo("V1");
                        assertThat(x.amountFen()).isEqualTo(70_00);
                        assertThat(x.explanation()).contains("D2未在机构" + H1 + "登记执业(登记机构：" + H2 + ")");
                    });
        }

        @Test
        void flagsAPractitionerOutsideTheQualificationPeriod() {
            assertThat(auditWith(RULE, region, aVisit("V1").at(H1).attendedBy("D3").withLine("F1", "C1", 1, 100_00).build()))
                    .singleElement().satisfies(x -> assertThat(x.explanation()).contains("2020-01-01至2024-12-31", "不在有效期内"));
        }

        @Test
        void flagsALineOrderedByAnUnknownPractitioner() {
            assertThat(auditWith(RULE, region, aVisit("V1").at(H1).withLine("F1", "C1", 1, 100_00).orderedBy("D9").build()))
                    .singleElement().satisfies(x -> {
                        assertThat(x.evidence()).contains("fee_details:F1", "practitioners:D9");
                        assertThat(x.explanation()).contains("D9不在医保医药人员库中");
                    });
        }

        @Test
        void flagsAPhysicianSeeingPatientsAtHisSecondSiteWhileAtHisMainOne() {
            List<Fixtures.VisitBuilder> main = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                main.add(aVisit("V1" + i).of("P1").at(H1).on(DAY_1.plusDays(i)).attendedBy("D4").withLine("F1" + i, "C1", 1, 100_00));
            }
            Fixtures.VisitBuilder second = aVisit("V20").of("P1").at(H2).on(DAY_1.plusDays(2).plusMinutes(10)).attendedBy("D4")
                    .withLine("F20", "C1", 1, 100_00);
            List<org.fundguard.engine.Claim> claims = new java.util.ArrayList<>(main.stream().map(Fixtures.VisitBuilder::build).toList());
            claims.add(second.build());

            assertThat(auditWith(RULE, region, claims.toArray(org.fundguard.engine.Claim[]::new))).singleElement().satisfies(x -> {
                assertThat(x.subjectId()).isEqualTo("V20");
                assertThat(x.amountFen()).isEqualTo(70_00);
                assertThat(x.evidence()).contains("visits:V20", "visits:V12", "practitioners:D4");
                assertThat(x.explanation()).contains("同一时段", "相隔仅0分钟");
            });
        }

        @Test
        void reportsTheSecondSiteEvenWhereThePhysicianSeesMorePatients() {
            List<org.fundguard.engine.Claim> claims = new java.util.ArrayList<>();
            claims.add(aVisit("V10").of("P1").at(H1).on(DAY_1).attendedBy("D4").withLine("F10", "C1", 1, 100_00).build());
            for (int i = 0; i < 5; i++) {
                claims.add(aVisit("V2" + i).of("P1").at(H2).on(DAY_1.plusDays(3 + i)).attendedBy("D4")
                        .withLine("F2" + i, "C1", 1, 100_00).build());
            }
            claims.add(aVisit("V30").of("P1").at(H2).on(DAY_1.plusMinutes(5)).attendedBy("D4").withLine("F30", "C1", 1, 100_00).build());

            assertThat(auditWith(RULE, region, claims.toArray(org.fundguard.engine.Claim[]::new)))
                    .extracting(Finding::subjectId).containsExactly("V30");
        }

        @Test
        void doesNotFlagAValidMultiSiteRegistration() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(H1).attendedBy("D4").withLine("F1", "C1", 1, 100_00).build(),
                    aVisit("V2").at(H2).on(DAY_1.plusHours(5)).attendedBy("D4").withLine("F2", "C1", 1, 100_00).build(),
                    aVisit("V3").at(H1).on(DAY_1.plusDays(1)).attendedBy(DOCTOR).withLine("F3", "C1", 1, 100_00).build()))
                    .isEmpty();
        }
    }

    @Nested
    class ImpossibleTravel {
        private static final String RULE = "FG-IMPOSSIBLE-TRAVEL";
        private final Region region = aRegion().with(anItem("C1"))
                .with(aPerson("P2"))
                .hospital("H44010100007", HospitalLevel.LEVEL_3, "440101")
                .build();

        @Test
        void flagsTheVisitFarFromHomeWithinTheHour() {
            List<Finding> f = auditWith(RULE, region,
                    aVisit("V1").at(H1).on(DAY_1).withLine("F1", "C1", 1, 100_00).build(),
                    aVisit("V2").at(FAR).on(DAY_1.plusMinutes(45)).withLine("F2", "C1", 1, 200_00).build());

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.category()).isEqualTo(Category.IDENTITY_MISUSE);
                assertThat(x.subjectId()).isEqualTo("V2");
                assertThat(x.amountFen()).isEqualTo(140_00);
                assertThat(x.explanation()).contains("相隔仅15分钟");
            });
        }

        @Test
        void flagsTheFarVisitEvenWhenItCameFirst() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(FAR).on(DAY_1).withLine("F1", "C1", 1, 100_00).build(),
                    aVisit("V2").at(H1).on(DAY_1.plusMinutes(20)).withLine("F2", "C1", 1, 200_00).build()))
                    .extracting(Finding::subjectId).containsExactly("V1");
        }

        @Test
        void anHourApartIsStillWithinTheHour() {
            // the fixture's outpatient visits last 30 minutes: V1 ends at 09:30
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(H1).on(DAY_1).withLine("F1", "C1", 1, 10_00).build(),
                    aVisit("V2").at(FAR).on(DAY_1.plusMinutes(91)).withLine("F2", "C1", 1, 10_00).build())).isEmpty();
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(H1).on(DAY_1).withLine("F1", "C1", 1, 10_00).build(),
                    aVisit("V2").at(FAR).on(DAY_1.plusMinutes(90)).withLine("F2", "C1", 1, 10_00).build()))
                    .extracting(Finding::subjectId).containsExactly("V2");
        }

        @Test
        void doesNotFlagVisitsInTwoDistrictsOfTheHomeCity() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(H1).on(DAY_1).withLine("F1", "C1", 1, 100_00).build(),
                    aVisit("V2").at(H1B).on(DAY_1.plusMinutes(40)).withLine("F2", "C1", 1, 100_00).build())).isEmpty();
        }

        @Test
        void doesNotFlagVisitsFarApartInTime() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(H1).on(DAY_1).withLine("F1", "C1", 1, 100_00).build(),
                    aVisit("V2").at(FAR).on(DAY_1.plusHours(5)).withLine("F2", "C1", 1, 100_00).build())).isEmpty();
        }

        @Test
        void doesNotFlagFamilyMembersWithTheirOwnCardsAtTheSamePharmacy() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").of("P1").at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1).withLine("F1", "C1", 1, 10_00).build(),
                    aVisit("V2").of("P2").at(PH).type(MedType.PHARMACY_PURCHASE).on(DAY_1.plusMinutes(1))
                            .withLine("F2", "C1", 1, 10_00).build())).isEmpty();
        }

        @Test
        void doesNotFlagLegitimateCrossRegionCare() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(FAR).on(MAR_1).inpatientUntil(MAR_1.plusDays(7)).withLine("F1", "C1", 1, 100_00).build(),
                    aVisit("V2").at(FAR).on(MAR_1.plusDays(20)).withLine("F2", "C1", 1, 100_00).build(),
                    aVisit("V3").at(H1).on(MAR_1.plusDays(9)).withLine("F3", "C1", 1, 100_00).build())).isEmpty();
        }

        @Test
        void flagsAPharmacyPurchaseAtHomeDuringAStayFarAway() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(FAR).on(MAR_1).inpatientUntil(MAR_1.plusDays(7)).withLine("F1", "C1", 1, 100_00).build(),
                    aVisit("V2").at(PH).type(MedType.PHARMACY_PURCHASE).on(MAR_1.plusDays(3)).withLine("F2", "C1", 1, 10_00).build()))
                    .extracting(Finding::subjectId).containsExactly("V1");
        }

        @Test
        void whenBothVisitsAreAwayFromHomeFlagsTheLaterOne() {
            assertThat(auditWith(RULE, region,
                    aVisit("V1").at(FAR).on(DAY_1).withLine("F1", "C1", 1, 100_00).build(),
                    aVisit("V2").at("H44010100007").on(DAY_1.plusMinutes(30)).withLine("F2", "C1", 1, 100_00).build()))
                    .extracting(Finding::subjectId).containsExactly("V2");
        }
    }

    @Nested
    class ChargeOutsideStay {
        private static final String RULE = "FG-CHARGE-OUTSIDE-STAY";
        private final Region region = aRegion().with(anItem("C1")).build();

        @Test
        void flagsALineChargedDaysAfterDischarge() {
            assertThat(auditWith(RULE, region, aVisit("V1").on(MAR_1).inpatientUntil(MAR_1.plusDays(4))
                    .withLineAt("F1", "C1", 10_000, 100_00, MAR_1.plusHours(2))
                    .withLineAt("F2", "C1", 10_000, 80_00, MAR_1.plusDays(7)).build()))
                    .singleElement().satisfies(x -> {
                        assertThat(x.subjectId()).isEqualTo("F2");
                        assertThat(x.amountFen()).isEqualTo(80_00);
                        assertThat(x.explanation()).contains("不在住院期间");
                    });
        }

        @Test
        void toleratesDischargeMedicationWithinTheTolerance() {
            assertThat(auditWith(RULE, region, aVisit("V1").on(MAR_1).inpatientUntil(MAR_1.plusDays(4))
                    .withLineAt("F1", "C1", 10_000, 100_00, MAR_1.plusDays(4).plusHours(6)).build())).isEmpty();
        }
    }
}
