package org.fundguard.platform.institutions;

import java.util.List;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.runs.RunFinished;
import org.fundguard.platform.security.Role;
import org.fundguard.platform.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's institution logins (security/DemoUsers) are created before any region is loaded, so they
 * are bound when the first data run has loaded: each unbound institution login gets one of the
 * institutions with the most leads in that run, so that its self-inspection has something to show.
 * Logins created by the administrator are bound at creation and never rebound here.
 */
@Component
class DemoInstitutionLogins {
    private static final Logger log = LoggerFactory.getLogger(DemoInstitutionLogins.class);
    private final UserAccounts users;
    private final InstitutionAccounts accounts;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    DemoInstitutionLogins(UserAccounts users, InstitutionAccounts accounts, JdbcClient jdbc, AuditLog auditLog) {
        this.users = users;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @EventListener
    public void bindUnbound(RunFinished finished) {
        try {
            List<String> unbound = users.withRole(Role.INSTITUTION).stream().map(UserAccounts.Account::username)
                    .filter(u -> accounts.codeOf(u).isEmpty()).toList();
            if (unbound.isEmpty()) {
                return;
            }
            List<String> codes = jdbc.sql("""
                    select fixmedins_code from run_leads where run_id = ? and fixmedins_code is not null
                    group by fixmedins_code order by count(*) desc, fixmedins_code limit ?""")
                    .params(finished.runId(), unbound.size()).query(String.class).list();
            for (int i = 0; i < Math.min(codes.size(), unbound.size()); i++) {
                accounts.bind(unbound.get(i), codes.get(i), "system");
                auditLog.append("system", "INSTITUTION_LOGIN_BOUND", "user:" + unbound.get(i),
                        codes.get(i) + " (demo, data run " + finished.runId() + ")");
                log.info("demo login {} bound to institution {}", unbound.get(i), codes.get(i));
            }
        } catch (RuntimeException e) {
            log.error("binding the demo institution logins after data run {} failed", finished.runId(), e);
        }
    }
}
