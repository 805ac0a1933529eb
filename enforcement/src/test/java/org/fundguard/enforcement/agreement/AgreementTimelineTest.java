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
    void leavesOutWhatAStoredHistoryRecordsAfterTheTermination() {
        AgreementEvent terminated = AgreementEvent.terminate(H1, MARCH_1, "决1");
        AgreementEvent suspendedLater = AgreementEvent.suspend(H1, null, SEPT_1, SEPT_1.plusDays(1), "决2");
        AgreementEvent departmentLater = AgreementEvent.suspend(H1, "D01", MARCH_1, MAY_31, "决3");
        AgreementEvent terminatedAgain = AgreementEvent.terminate(H1, MARCH_1, "决4");
        AgreementEvent before = AgreementEvent.suspend(H1, null, SIGNED.plusDays(10), SIGNED.plusDays(20), "决0");
        AgreementEvent otherInstitution = AgreementEvent.suspend("H2", null, SEPT_1, SEPT_1.plusDays(1), "决5");

        List<AgreementEvent> kept = AgreementTimeline.upToTermination(
                List.of(before, terminated, suspendedLater, departmentLater, terminatedAgain, otherInstitution));

        assertThat(kept).containsExactly(before, terminated, otherInstitution);
        assertThat(AgreementTimeline.of(H1, null, SIGNED, kept)).extracting(AgreementInterval::status).containsExactly(
                AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED, AgreementStatus.ACTIVE, AgreementStatus.TERMINATED);
    }

    @Test
    void aTerminationDecidedToStartBeforeAScheduledSuspensionCancelsIt() {
        AgreementEvent scheduled = AgreementEvent.suspend(H1, null, SEPT_1, SEPT_1.plusDays(59), "决1");
        AgreementEvent terminated = AgreementEvent.terminate(H1, MAY_31, "决2");

        List<AgreementInterval> t = AgreementTimeline.of(H1, null, SIGNED, AgreementTimeline.upToTermination(List.of(scheduled, terminated)));

        assertThat(AgreementTimeline.statusOn(t, SEPT_1.plusDays(10))).isEqualTo(AgreementStatus.TERMINATED);
    }
}
