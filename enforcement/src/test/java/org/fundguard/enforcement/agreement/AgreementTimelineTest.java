package org.fundguard.enforcement.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fundguard.core.AgreementStatus;
import org.junit.jupiter.api.Test;

class AgreementTimelineTest {
    private static final String H1 = "H00000000001";
    private static final LocalDate SIGNED = LocalDate.of(2024, 1, 1);
    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2025, 5, 31);
    private static final LocalDate SEPT_1 = LocalDate.of(2025, 9, 1);

    @Test
    void aSuspensionEndsOnItsLastDayAndTheAgreementIsActiveAgain() {
        List<AgreementInterval> t = AgreementTimeline.of(H1, null, SIGNED, List.of(AgreementEvent.suspend(H1, null, MARCH_1, MAY_31, "决1")));

        assertThat(t).extracting(AgreementInterval::status)
                .containsExactly(AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED, AgreementStatus.ACTIVE);
        assertThat(AgreementTimeline.statusOn(t, MARCH_1.minusDays(1))).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(AgreementTimeline.statusOn(t, MAY_31)).isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(AgreementTimeline.statusOn(t, MAY_31.plusDays(1))).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void anEarlyResumptionCutsTheSuspensionAndTerminationIsOpenEnded() {
        List<AgreementInterval> t = AgreementTimeline.of(H1, null, SIGNED, List.of(
                AgreementEvent.suspend(H1, null, MARCH_1, MAY_31, "决1"),
                AgreementEvent.resume(H1, null, LocalDate.of(2025, 4, 15), "恢复1"),
                AgreementEvent.terminate(H1, SEPT_1, "决2")));

        assertThat(t).containsExactly(
                new AgreementInterval(H1, null, AgreementStatus.ACTIVE, SIGNED, MARCH_1.minusDays(1), ""),
                new AgreementInterval(H1, null, AgreementStatus.SUSPENDED, MARCH_1, LocalDate.of(2025, 4, 14), "决1"),
                new AgreementInterval(H1, null, AgreementStatus.ACTIVE, LocalDate.of(2025, 4, 15), SEPT_1.minusDays(1), ""),
                new AgreementInterval(H1, null, AgreementStatus.TERMINATED, SEPT_1, null, "决2"));
    }

    @Test
    void aDepartmentsTimelineIgnoresOtherDepartments() {
        List<AgreementEvent> events = List.of(AgreementEvent.suspend(H1, "D01", MARCH_1, MAY_31, "决1"),
                AgreementEvent.suspend(H1, "D02", SEPT_1, SEPT_1.plusDays(10), "决2"));

        assertThat(AgreementTimeline.statusOn(AgreementTimeline.of(H1, "D01", SIGNED, events), SEPT_1)).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(AgreementTimeline.statusOn(AgreementTimeline.of(H1, "D02", SIGNED, events), SEPT_1)).isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(AgreementTimeline.statusOn(AgreementTimeline.of(H1, null, SIGNED, events), SEPT_1)).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void refusesChangesAfterTermination() {
        assertThatThrownBy(() -> AgreementTimeline.of(H1, null, SIGNED, List.of(AgreementEvent.terminate(H1, MARCH_1, "决1"),
                AgreementEvent.suspend(H1, null, SEPT_1, SEPT_1.plusDays(1), "决2")))).hasMessageContaining("已于2025-03-01解除");
    }

    @Test
    void suggestsTerminationAfterTheSecondSuspensionWithinTheTerm() {
        AgreementEvent first = AgreementEvent.suspend(H1, null, MARCH_1, MAY_31, "决1");
        AgreementEvent second = AgreementEvent.suspend(H1, null, SEPT_1, SEPT_1.plusDays(29), "决2");
        AgreementEvent dept = AgreementEvent.suspend(H1, "D01", SEPT_1, SEPT_1.plusDays(29), "决3");
        AgreementEvent beforeTerm = AgreementEvent.suspend(H1, null, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 30), "决0");

        assertThat(TerminationAdvice.assess(H1, List.of(beforeTerm, first, dept), SIGNED, TERM_END, false)).isEmpty();
        assertThat(TerminationAdvice.assess(H1, List.of(beforeTerm, first, dept, second), SIGNED, TERM_END, false)).hasValueSatisfying(s -> {
            assertThat(s.grounds()).containsExactly(first, second);
            assertThat(s.reason()).contains("已2次被中止医保协议").contains("决1").contains("决2");
            assertThat(s.basis()).contains("第四十条");
        });
    }

    @Test
    void suggestsTerminationWhenFraudIsConfirmed() {
        assertThat(TerminationAdvice.assess(H1, List.of(), SIGNED, TERM_END, true)).hasValueSatisfying(s -> assertThat(s.reason()).contains("欺诈骗保"));
    }
}
