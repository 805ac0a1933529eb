package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.DAY_1;
import static org.fundguard.engine.rules.Fixtures.DOCTOR;
import static org.fundguard.engine.rules.Fixtures.H1;
import static org.fundguard.engine.rules.Fixtures.H2;
import static org.fundguard.engine.rules.Fixtures.aVisit;

import java.time.LocalDate;
import java.util.List;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.Category;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.junit.jupiter.api.Test;

class SanctionStatusCheckTest {
    private static final LocalDate SUSPENDED_FROM = DAY_1.toLocalDate();
    private static final LocalDate SUSPENDED_TO = SUSPENDED_FROM.plusMonths(3).minusDays(1);
    private static final String ITEM = "X1";

    private static SanctionStatus practitionerSuspended() {
        return new SanctionStatus(SanctionStatus.Subject.PRACTITIONER, DOCTOR, null, AgreementStatus.SUSPENDED, SUSPENDED_FROM,
                SUSPENDED_TO, "记分2025-001");
    }

    private static List<Finding> check(SanctionStatus s, Claim... claims) {
        return new SanctionStatusCheck(List.of(s)).check(List.of(claims));
    }

    @Test
    void flagsLinesOfASuspendedPractitionerWithTheFundShareOfThoseLines() {
        Claim c = aVisit("V1").on(DAY_1).withLine("F1", ITEM, 2, 5_000).withLine("F2", ITEM, 1, 3_000).orderedBy("D99999999999")
                .fundPercent(70).build();

        List<Finding> f = check(practitionerSuspended(), c);

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.category()).isEqualTo(Category.UNQUALIFIED_PRACTITIONER);
            assertThat(x.source()).isEqualTo(SanctionStatusCheck.PRACTITIONER_SOURCE);
            assertThat(x.subjectType()).isEqualTo(SubjectType.VISIT);
            assertThat(x.subjectId()).isEqualTo("V1");
            assertThat(x.amountFen()).isEqualTo(10_000);
            // the visit's fund ratio is 9100/13000 = 70%: 7000 fen of the suspended doctor's 10000
            assertThat(x.fundShareFen()).isEqualTo(7_000);
            assertThat(x.evidence()).containsExactly("visits:V1", "fee_details:F1", "settlements:S1");
            assertThat(x.observed()).containsEntry("effective_from", SUSPENDED_FROM.toString()).containsEntry("basis", "记分2025-001");
            assertThat(x.explanation()).contains(DOCTOR).contains("暂停").contains("100.00").contains("70.00");
        });
    }

    @Test
    void aServiceOnTheDayBeforeTheSuspensionIsFine() {
        Claim before = aVisit("V1").on(DAY_1.minusMinutes(600)).withLine("F1", ITEM, 1, 5_000).build();
        Claim firstDay = aVisit("V2").on(DAY_1.withHour(0)).withLine("F2", ITEM, 1, 5_000).build();
        Claim lastDay = aVisit("V3").on(SUSPENDED_TO.atTime(23, 0)).withLine("F3", ITEM, 1, 5_000).build();
        Claim dayAfter = aVisit("V4").on(SUSPENDED_TO.plusDays(1).atTime(8, 0)).withLine("F4", ITEM, 1, 5_000).build();

        assertThat(check(practitionerSuspended(), before, firstDay, lastDay, dayAfter)).extracting(Finding::subjectId)
                .containsExactly("V2", "V3");
    }

    @Test
    void aPractitionerSuspendedAtOneInstitutionIsSuspendedAtEveryOther() {
        // the points that suspended the doctor were earned at H1; the status is keyed by the person
        Claim atB = aVisit("V1").at(H2).withLine("F1", ITEM, 1, 5_000).build();

        assertThat(check(practitionerSuspended(), atB)).singleElement().extracting(Finding::institutionCode).isEqualTo(H2);
    }

    @Test
    void doesNotFlagOtherPractitionersNorAReversedOrRefundedVisit() {
        Claim other = aVisit("V1").attendedBy("D22222222222").withLine("F1", ITEM, 1, 5_000).build();
        Claim refunded = aVisit("V2").withLine("F2", ITEM, 1, 5_000).withRefund("F3", ITEM, 1, 5_000).build();
        Claim reversed = aVisit("V3").withLine("F4", ITEM, 1, 5_000).withSettlement("S3", DAY_1.plusHours(1), true).build();

        assertThat(check(practitionerSuspended(), other, refunded, reversed)).isEmpty();
    }

    @Test
    void flagsSettlementsOfASuspendedInstitutionFromTheFirstDay() {
        SanctionStatus h1 = new SanctionStatus(SanctionStatus.Subject.INSTITUTION, H1, null, AgreementStatus.SUSPENDED,
                SUSPENDED_FROM, SUSPENDED_FROM.plusDays(89), "决定2025-7");
        Claim dayBefore = aVisit("V1").on(DAY_1.minusDays(1)).withLine("F1", ITEM, 1, 5_000).build();
        Claim during = aVisit("V2").on(DAY_1).withLine("F2", ITEM, 1, 5_000).fundPercent(60).build();
        Claim elsewhere = aVisit("V3").at(H2).on(DAY_1).withLine("F3", ITEM, 1, 5_000).build();

        List<Finding> f = check(h1, dayBefore, during, elsewhere);

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.source()).isEqualTo(SanctionStatusCheck.AGREEMENT_SOURCE);
            assertThat(x.subjectType()).isEqualTo(SubjectType.SETTLEMENT);
            assertThat(x.subjectId()).isEqualTo("S2");
            assertThat(x.amountFen()).isEqualTo(3_000);
            assertThat(x.evidence()).containsExactly("settlements:S2", "visits:V2");
            assertThat(x.explanation()).contains("医保协议").contains("中止").contains("决定2025-7").contains("30.00");
        });
    }

    @Test
    void aTerminatedInstitutionStaysTerminated() {
        SanctionStatus h1 = new SanctionStatus(SanctionStatus.Subject.INSTITUTION, H1, null, AgreementStatus.TERMINATED,
                SUSPENDED_FROM, null, "决定2025-9");
        Claim yearsLater = aVisit("V1").on(DAY_1.plusYears(2)).withLine("F1", ITEM, 1, 5_000).build();

        assertThat(check(h1, yearsLater)).singleElement().extracting(Finding::explanation).asString().contains("解除");
    }

    @Test
    void aSuspendedDepartmentAffectsOnlyItsOwnVisits() {
        SanctionStatus d01 = new SanctionStatus(SanctionStatus.Subject.DEPARTMENT, H1, "D01", AgreementStatus.SUSPENDED,
                SUSPENDED_FROM, SUSPENDED_TO, "决定2025-8");
        Claim inDept = aVisit("V1").inDept("D01").withLine("F1", ITEM, 1, 5_000).build();
        Claim otherDept = aVisit("V2").inDept("D02").withLine("F2", ITEM, 1, 5_000).build();
        Claim sameDeptCodeElsewhere = aVisit("V3").at(H2).inDept("D01").withLine("F3", ITEM, 1, 5_000).build();

        assertThat(check(d01, inDept, otherDept, sameDeptCodeElsewhere)).extracting(Finding::subjectId).containsExactly("S1");
    }
}
