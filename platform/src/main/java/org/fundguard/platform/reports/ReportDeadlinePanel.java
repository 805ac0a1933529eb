package org.fundguard.platform.reports;

import org.fundguard.reporting.deadlines.Deadline;
import org.springframework.stereotype.Component;

/**
 * The dashboard's reports panel (fragments/dash-reports.html): how many reports have a handling deadline due soon or
 * overdue as of today (Asia/Shanghai), counted over the reports whose deadlines still run — those awaiting the
 * acceptance decision and the named ones filed but not yet told — not the whole register.
 */
@Component("reportDeadlinePanel")
class ReportDeadlinePanel {
    private final ReportService service;
    private final Reports reports;

    ReportDeadlinePanel(ReportService service, Reports reports) {
        this.service = service;
        this.reports = reports;
    }

    /** Reports with at least one deadline in each state; a date the calendar does not cover gives its message. */
    record Summary(int dueSoon, int overdue, String calendarProblem) {
        public boolean any() {
            return dueSoon > 0 || overdue > 0 || calendarProblem != null;
        }
    }

    public Summary summary() {
        int soon = 0;
        int overdue = 0;
        String problem = null;
        for (Report r : reports.withRunningDeadlines()) {
            ReportService.Deadlines d = service.deadlines(r);
            if (d.calendarProblem() != null) {
                problem = d.calendarProblem();
                continue;
            }
            if (d.list().stream().anyMatch(x -> x.status() == Deadline.Status.OVERDUE)) {
                overdue++;
            }
            if (d.list().stream().anyMatch(x -> x.status() == Deadline.Status.DUE_SOON)) {
                soon++;
            }
        }
        return new Summary(soon, overdue, problem);
    }
}
