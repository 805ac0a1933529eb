package org.fundguard.platform.reports;

import java.util.LinkedHashSet;
import java.util.Set;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.cases.CaseDecided;
import org.fundguard.platform.cases.CaseOpened;
import org.fundguard.platform.cases.CaseSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reports follow the case opened on their facts (令第5号): the filing of the case is the report's filing decision
 * (立案) — which starts the 5-working-day notification of a named reporter — and the case's decision, drop or
 * closing ends the report's handling (处理完毕). The reports of a case are those on its clue (or on a clue merged
 * into it), the report it was filed from, and the reports merged into any of these. Runs in the case step's
 * transaction, so the report and the case change together.
 */
@Component
class ReportCaseFollower {
    private final Reports reports;
    private final AuditLog auditLog;

    ReportCaseFollower(Reports reports, AuditLog auditLog) {
        this.reports = reports;
        this.auditLog = auditLog;
    }

    @EventListener
    void caseOpened(CaseOpened e) {
        Set<String> direct = new LinkedHashSet<>();
        if (e.clueId() != null) {
            direct.addAll(reports.onClue(e.clueId()));
        }
        if (e.source() == CaseSource.REPORT && e.sourceRef() != null && reports.find(e.sourceRef()).isPresent()) {
            direct.add(e.sourceRef());
        }
        Set<String> all = new LinkedHashSet<>(direct);
        direct.forEach(id -> all.addAll(reports.mergedInto(id)));
        for (String id : all) {
            if (reports.caseFiled(id, e.caseNo(), e.on())) {
                auditLog.append("system", "REPORT_CASE_FILED", "report:" + id, "case " + e.caseNo() + " filed " + e.on());
            }
        }
    }

    @EventListener
    void caseDecided(CaseDecided e) {
        for (String id : reports.onCase(e.caseNo())) {
            if (reports.caseConcluded(id, e.outcome().name(), e.on())) {
                auditLog.append("system", "REPORT_CONCLUDED", "report:" + id, "case " + e.caseNo() + " " + e.outcome() + " " + e.on());
            }
        }
    }
}
