package org.fundguard.reporting.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlingDeadlinesTest {
    private static final HandlingDeadlines DEADLINES = HandlingDeadlines.standard();
    private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 15);
    private static final LocalDate FILING_DECIDED = LocalDate.of(2025, 9, 26);
    private static final LocalDate NOTIFY_DUE = LocalDate.of(2025, 10, 10);

    private static final ReportTimeline NAMED_FILED = ReportTimeline.received(RECEIVED, true)
            .then(HandlingEvent.ACCEPTANCE_DECIDED, LocalDate.of(2025, 9, 19))
            .then(HandlingEvent.FILING_DECIDED, FILING_DECIDED);

    private static Deadline notification(ReportTimeline report, LocalDate asOf) {
        return DEADLINES.assess(report, asOf).stream()
                .filter(d -> d.rule().id().equals("NOTIFY_NAMED_REPORTER")).findFirst().orElseThrow();
    }

    @Test
    void namedReporterMustBeToldWithinFiveWorkingDaysOfTheFilingDecision() {
        Deadline d = notification(NAMED_FILED, LocalDate.of(2025, 9, 29));
        assertThat(d.due()).isEqualTo(NOTIFY_DUE);
        assertThat(d.status()).isEqualTo(Deadline.Status.ON_TRACK);
        assertThat(d.workingDaysLeft()).isEqualTo(3);
        assertThat(d.warns()).isFalse();
    }

    @Test
    void warnsWhenTwoWorkingDaysOrFewerAreLeft() {
        Deadline d = notification(NAMED_FILED, LocalDate.of(2025, 10, 9));
        assertThat(d.status()).isEqualTo(Deadline.Status.DUE_SOON);
        assertThat(d.workingDaysLeft()).isEqualTo(1);
        assertThat(d.message()).contains("2025-10-10", "仅余 1 个工作日");
        assertThat(notification(NAMED_FILED, NOTIFY_DUE).workingDaysLeft()).isZero();
    }

    @Test
    void isOverdueTheDayAfterAndCountsTheMakeUpSaturday() {
        Deadline d = notification(NAMED_FILED, LocalDate.of(2025, 10, 13));
        assertThat(d.status()).isEqualTo(Deadline.Status.OVERDUE);
        // Sat 10-11 is a make-up working day, Mon 10-13 the second
        assertThat(d.workingDaysLeft()).isEqualTo(-2);
        assertThat(d.message()).contains("超期 2 个工作日");
    }

    @Test
    void notifyingInTimeMeetsItAndLateIsRecordedAsLate() {
        assertThat(notification(NAMED_FILED.then(HandlingEvent.REPORTER_NOTIFIED, NOTIFY_DUE), LocalDate.of(2025, 12, 1)).status())
                .isEqualTo(Deadline.Status.MET);
        assertThat(notification(NAMED_FILED.then(HandlingEvent.REPORTER_NOTIFIED, LocalDate.of(2025, 10, 11)),
                LocalDate.of(2025, 12, 1)).status()).isEqualTo(Deadline.Status.MET_LATE);
    }

    @Test
    void anonymousReportsHaveNoNotificationDeadline() {
        ReportTimeline anonymous = ReportTimeline.received(RECEIVED, false).then(HandlingEvent.FILING_DECIDED, FILING_DECIDED);
        assertThat(DEADLINES.assess(anonymous, LocalDate.of(2025, 10, 13)))
                .noneMatch(d -> d.rule().id().equals("NOTIFY_NAMED_REPORTER"));
    }

    @Test
    void noDeadlineRunsBeforeItsStartingEvent() {
        List<Deadline> fresh = DEADLINES.assess(ReportTimeline.received(RECEIVED, true), RECEIVED);
        assertThat(fresh).extracting(d -> d.rule().id()).containsExactly("ACCEPTANCE_DECISION");
    }

    @Test
    void acceptanceDeadlineSpansLabourDayAndIsMetByATransfer() {
        // Fri 04-25: Sun 04-27 worked, 04-28..30, [05-01..05 off], then 11 more working days → Tue 05-20
        ReportTimeline r = ReportTimeline.received(LocalDate.of(2025, 4, 25), false);
        Deadline open = DEADLINES.assess(r, LocalDate.of(2025, 5, 6)).get(0);
        assertThat(open.due()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(open.status()).isEqualTo(Deadline.Status.ON_TRACK);
        Deadline transferred = DEADLINES.assess(r.then(HandlingEvent.TRANSFERRED, LocalDate.of(2025, 4, 29)), LocalDate.of(2025, 6, 1)).get(0);
        assertThat(transferred.status()).isEqualTo(Deadline.Status.MET);
    }
}
