package org.fundguard.reporting.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fundguard.reporting.DataLines;

/**
 * The handling deadlines of a report as of a given date (no clock is read: the dashboard passes today).
 * A deadline exists once its starting event happened; it is met by the first of its ending events.
 */
public final class HandlingDeadlines {
    private final WorkingCalendar calendar;
    private final List<DeadlineRule> rules;

    public HandlingDeadlines(WorkingCalendar calendar, List<DeadlineRule> rules) {
        this.calendar = calendar;
        this.rules = List.copyOf(rules);
    }

    public static HandlingDeadlines standard() {
        return new HandlingDeadlines(WorkingCalendar.standard(), rules(DataLines.resource(HandlingDeadlines.class, "deadlines.tsv")));
    }

    public List<DeadlineRule> rules() {
        return rules;
    }

    public List<Deadline> assess(ReportTimeline report, LocalDate asOf) {
        List<Deadline> out = new ArrayList<>();
        for (DeadlineRule rule : rules) {
            if (rule.namedOnly() && !report.named()) {
                continue;
            }
            Optional<LocalDate> start = report.on(rule.starts());
            if (start.isEmpty()) {
                continue;
            }
            LocalDate due = calendar.addWorkingDays(start.get(), rule.workingDays());
            Optional<LocalDate> done = rule.ends().stream().map(report::on).flatMap(Optional::stream).min(LocalDate::compareTo);
            if (done.isPresent()) {
                Deadline.Status s = done.get().isAfter(due) ? Deadline.Status.MET_LATE : Deadline.Status.MET;
                out.add(new Deadline(rule, start.get(), due, s, 0, done.get()));
                continue;
            }
            int left;
            Deadline.Status s;
            if (asOf.isAfter(due)) {
                left = -calendar.workingDaysBetween(due, asOf);
                s = Deadline.Status.OVERDUE;
            } else {
                left = calendar.workingDaysBetween(asOf, due);
                s = left <= rule.warnDays() ? Deadline.Status.DUE_SOON : Deadline.Status.ON_TRACK;
            }
            out.add(new Deadline(rule, start.get(), due, s, left, null));
        }
        return out;
    }

    public static List<DeadlineRule> rules(DataLines file) {
        List<DeadlineRule> out = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (DataLines.Row row : file.table("id", "starts", "ends", "working_days", "named_only", "warn_days", "confirmed",
                "source", "text")) {
            String id = row.required("id");
            if (!ids.add(id)) {
                throw row.error("id", id + " is listed twice");
            }
            HandlingEvent starts = event(row, "starts", row.required("starts"));
            Set<HandlingEvent> ends = EnumSet.noneOf(HandlingEvent.class);
            for (String e : row.required("ends").split(",")) {
                ends.add(event(row, "ends", e.strip()));
            }
            if (ends.contains(starts)) {
                throw row.error("ends", "a deadline cannot end with the event that starts it");
            }
            int days = positive(row, "working_days");
            int warn = positive(row, "warn_days");
            out.add(new DeadlineRule(id, starts, ends, days, yesNo(row, "named_only"), warn, yesNo(row, "confirmed"),
                    row.required("source"), row.required("text")));
        }
        return out;
    }

    private static HandlingEvent event(DataLines.Row row, String column, String name) {
        try {
            return HandlingEvent.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw row.error(column, "'" + name + "' is not a handling event " + java.util.Arrays.toString(HandlingEvent.values()));
        }
    }

    private static int positive(DataLines.Row row, String column) {
        try {
            int v = Integer.parseInt(row.required(column));
            if (v < 1) {
                throw row.error(column, "must be at least 1");
            }
            return v;
        } catch (NumberFormatException e) {
            throw row.error(column, "'" + row.get(column) + "' is not a whole number");
        }
    }

    private static boolean yesNo(DataLines.Row row, String column) {
        return switch (row.required(column)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.error(column, "must be yes or no");
        };
    }
}
