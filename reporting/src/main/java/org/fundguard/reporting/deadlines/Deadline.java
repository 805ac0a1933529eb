package org.fundguard.reporting.deadlines;

import java.time.LocalDate;

/**
 * A deadline of one report as of a date. {@code workingDaysLeft} counts working days after the as-of date up
 * to the due date (0 on the due date itself); for an overdue deadline it is the negative count of working
 * days past it.
 */
public record Deadline(DeadlineRule rule, LocalDate startedOn, LocalDate due, Status status, int workingDaysLeft,
        LocalDate doneOn) {
    public enum Status {
        ON_TRACK, DUE_SOON, OVERDUE, MET, MET_LATE
    }

    public boolean warns() {
        return status == Status.DUE_SOON || status == Status.OVERDUE;
    }

    /** The dashboard line, naming the dates and the working days. */
    public String message() {
        String what = rule.text() + "（" + rule.workingDays() + " 个工作日，自 " + startedOn + " 起）";
        return switch (status) {
            case ON_TRACK -> what + "：期限 " + due + "，尚余 " + workingDaysLeft + " 个工作日";
            case DUE_SOON -> what + "：期限 " + due + " 将至，仅余 " + workingDaysLeft + " 个工作日";
            case OVERDUE -> what + "：已于 " + due + " 到期，超期 " + (-workingDaysLeft) + " 个工作日";
            case MET -> what + "：已于 " + doneOn + " 完成（期限 " + due + "）";
            case MET_LATE -> what + "：" + doneOn + " 完成，晚于期限 " + due;
        };
    }
}
