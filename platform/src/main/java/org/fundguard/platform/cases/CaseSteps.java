package org.fundguard.platform.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.web.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How every step of a case happens: the case is locked, the facts its guard needs are read, the state
 * machine says yes (or refuses), and the step is written to the case's timeline and to the hash-chained
 * audit log in the caller's transaction.
 */
@Component
class CaseSteps {
    private final JdbcClient jdbc;
    private final Cases cases;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    CaseSteps(JdbcClient jdbc, Cases cases, AuditLog auditLog, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.auditLog = auditLog;
        this.events = events;
    }

    LocalDate today() {
        return cases.today();
    }

    CaseFile lock(long caseId) {
        return cases.lock(caseId);
    }

    /** Facts every guard may use: records, the latest notice's deadline and statement, the legal review, the money. */
    CaseLifecycle.Facts facts(CaseFile c, LocalDate today) {
        int records = jdbc.sql("select count(*) from case_records where case_id = ?").param(c.id()).query(Integer.class).single();
        record Notice(long id, LocalDate deadline) {
        }
        var notice = jdbc.sql("select id, deadline from case_notices where case_id = ? order by id desc limit 1").param(c.id())
                .query((rs, n) -> new Notice(rs.getLong(1), rs.getObject(2, LocalDate.class))).optional();
        boolean statement = notice.isPresent() && jdbc.sql("select count(*) from case_statements where notice_id = ?")
                .param(notice.get().id()).query(Integer.class).single() > 0;
        // an approval counts only if no notice was issued after it (a returned case is notified again)
        boolean approved = jdbc.sql("""
                select coalesce((select outcome = 'APPROVED' from case_reviews r where r.case_id = ?
                                 and r.reviewed_at > coalesce((select max(created_at) from case_notices n where n.case_id = ?), '-infinity')
                                 order by r.id desc limit 1), false)""")
                .params(c.id(), c.id()).query(Boolean.class).single();
        return CaseLifecycle.Facts.on(today).withRecords(records)
                .withStatement(notice.map(Notice::deadline).orElse(null), statement)
                .withMajor(c.major()).withLegallyApproved(approved);
    }

    /** Checks the step and returns the state it leads to; nothing is written. */
    CaseState check(CaseFile c, CaseAction action, CurrentUser actor, CaseLifecycle.Facts facts) {
        return CaseLifecycle.next(c.status(), action, actor.role(), facts);
    }

    /** Writes the step: the new state, the timeline entry and the audit log entry. */
    void record(CaseFile c, CaseAction action, CaseState to, CurrentUser actor, String detail) {
        if (to != c.status()) {
            OffsetDateTime now = cases.now();
            jdbc.sql("update cases set status = ?, updated_at = ?, closed_at = case when ? = 'CLOSED' then ? else closed_at end where id = ?")
                    .params(to.name(), now, to.name(), now, c.id()).update();
        }
        String d = detail == null ? "" : detail;
        jdbc.sql("insert into case_events (case_id, actor, role, action, from_status, to_status, detail) values (?,?,?,?,?,?,?)")
                .params(c.id(), actor.username(), actor.role().name(), action.name(), c.status().name(), to.name(), d).update();
        auditLog.append(actor.username(), "CASE_" + action.name(), Cases.target(c),
                c.status() + "->" + to + (d.isEmpty() ? "" : ": " + d));
        CaseDecided.Outcome outcome = switch (action) {
            case DECIDE -> CaseDecided.Outcome.DECIDED;
            case DROP -> CaseDecided.Outcome.DROPPED;
            case CLOSE -> CaseDecided.Outcome.CLOSED;
            default -> null;
        };
        if (outcome != null && to != c.status()) {
            events.publishEvent(new CaseDecided(c.caseNo(), c.clueId(), c.source(), c.sourceRef(), outcome, today()));
        }
    }
}
