package org.fundguard.reporting.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.fundguard.reporting.DataLines;

/**
 * Working days (工作日) in mainland China: Monday to Friday, minus the State Council's holidays, plus the
 * make-up working days (调休上班). Holidays change every year, so the calendar covers only the years its
 * file lists and refuses to count through any other year rather than guess.
 */
public final class WorkingCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final Set<Integer> years;

    private WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays, Set<Integer> years) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        this.years = Set.copyOf(years);
    }

    /** 2025 and 2026 from the State Council's notices (calendar-cn.tsv). */
    public static WorkingCalendar standard() {
        return load(DataLines.resource(WorkingCalendar.class, "calendar-cn.tsv"));
    }

    public static WorkingCalendar load(DataLines file) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        Set<Integer> years = new TreeSet<>();
        for (DataLines.Row row : file.table("date", "kind", "note")) {
            LocalDate date;
            try {
                date = LocalDate.parse(row.required("date"));
            } catch (DateTimeParseException e) {
                throw row.error("date", "'" + row.get("date") + "' is not a date like 2025-10-01");
            }
            switch (row.required("kind")) {
                case "HOLIDAY" -> {
                    holidays.add(date);
                    years.add(date.getYear());
                }
                case "WORKDAY" -> {
                    if (!weekend(date)) {
                        throw row.error("date", date + " is a weekday: only a Saturday or Sunday can be a make-up working day");
                    }
                    workdays.add(date);
                }
                default -> throw row.error("kind", "must be HOLIDAY or WORKDAY");
            }
            if (holidays.contains(date) && workdays.contains(date)) {
                throw row.error("date", date + " is listed both as holiday and as working day");
            }
        }
        for (LocalDate w : workdays) {
            if (!years.contains(w.getYear())) {
                throw new org.fundguard.reporting.DataFileException(file.source(),
                        "make-up working day " + w + " in a year without holidays listed");
            }
        }
        return new WorkingCalendar(holidays, workdays, years);
    }

    public Set<Integer> years() {
        return years;
    }

    public boolean isWorkingDay(LocalDate date) {
        covered(date);
        if (workdays.contains(date)) {
            return true;
        }
        return !weekend(date) && !holidays.contains(date);
    }

    /** The {@code n}th working day after {@code start}, not counting {@code start} itself. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a period is at least one working day");
        }
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days in (from, to]: 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private void covered(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new IllegalArgumentException("the working-day calendar covers " + years + ", not " + date.getYear()
                    + ": add that year's State Council holiday notice to the calendar file");
        }
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
