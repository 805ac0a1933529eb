package org.fundguard.reporting.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.fundguard.reporting.DataLines;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static final WorkingCalendar CN = WorkingCalendar.standard();

    @Test
    void coversTheYearsOfTheStateCouncilNoticesShipped() {
        assertThat(CN.years()).containsExactlyInAnyOrder(2025, 2026);
    }

    @Test
    void nationalDayWeekIsOffAndItsMakeUpWeekendDaysAreWorked() {
        assertThat(CN.isWorkingDay(LocalDate.of(2025, 9, 28))).as("Sunday 调休上班").isTrue();
        for (int d = 1; d <= 8; d++) {
            assertThat(CN.isWorkingDay(LocalDate.of(2025, 10, d))).as("2025-10-0" + d).isFalse();
        }
        assertThat(CN.isWorkingDay(LocalDate.of(2025, 10, 11))).as("Saturday 调休上班").isTrue();
        assertThat(CN.isWorkingDay(LocalDate.of(2025, 10, 18))).as("an ordinary Saturday").isFalse();
        assertThat(CN.isWorkingDay(LocalDate.of(2025, 10, 9))).isTrue();
    }

    @Test
    void countsFiveWorkingDaysAcrossNationalDay2025() {
        // Fri 09-26 decision: Sun 09-28 (worked), Mon 09-29, Tue 09-30, [10-01..10-08 off], Thu 10-09, Fri 10-10
        assertThat(CN.addWorkingDays(LocalDate.of(2025, 9, 26), 5)).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void countsFiveWorkingDaysAcrossSpringFestival2026() {
        // Thu 02-12: Fri 02-13, Sat 02-14 (worked), [02-15..02-23 off], Tue 02-24, Wed 02-25, Thu 02-26
        assertThat(CN.addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void anOrdinaryWeekIsMondayToFridayAndTheStartDayIsNotCounted() {
        assertThat(CN.addWorkingDays(LocalDate.of(2025, 3, 3), 5)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(CN.addWorkingDays(LocalDate.of(2025, 3, 8), 1)).as("from a Saturday").isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void refusesToCountThroughAYearWithoutItsHolidayNotice() {
        assertThatThrownBy(() -> CN.addWorkingDays(LocalDate.of(2026, 12, 28), 5))
                .hasMessageContaining("2027").hasMessageContaining("holiday notice");
    }

    @Test
    void rejectsAWeekdayListedAsMakeUpWorkingDay() {
        DataLines file = DataLines.read(new StringReader("date\tkind\tnote\n2025-01-01\tHOLIDAY\t元旦\n2025-01-02\tWORKDAY\tx\n"), "cal.tsv");
        assertThatThrownBy(() -> WorkingCalendar.load(file)).hasMessageContaining("cal.tsv:3 [date]").hasMessageContaining("weekday");
    }
}
