package org.fundguard.platform.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Deadlines in working days (工作日): Saturdays, Sundays and the listed public holidays do not count. The
 * holidays come from configuration (fundguard.cases.holidays) since the State Council publishes them yearly;
 * the make-up working weekends (调休) are ignored, which only ever lengthens a deadline.
 */
final class WorkingDays {
    private WorkingDays() {
    }

    /** The day {@code n} working days after {@code from} (the day of issue itself does not count). */
    static LocalDate after(LocalDate from, int n, Set<LocalDate> holidays) {
        if (n < 0) {
            throw new IllegalArgumentException("working days cannot be negative: " + n);
        }
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d)) {
                left--;
            }
        }
        return d;
    }
}
