package org.fundguard.platform.security;

import java.time.Instant;
import org.fundguard.platform.PlatformProperties;
import org.fundguard.platform.auditlog.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lock-out and the login trail: consecutive bad passwords lock an account for a while (form login and
 * HTTP Basic alike), and every interactive login, failure and lock is in the audit log.
 */
@Component
class LoginOutcomes {
    private final UserAccounts accounts;
    private final AuditLog auditLog;
    private final PlatformProperties properties;

    LoginOutcomes(UserAccounts accounts, AuditLog auditLog, PlatformProperties properties) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    @EventListener
    @Transactional
    public void badPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        int failures = accounts.recordFailure(username);
        auditLog.append(username, "LOGIN_FAILED", "user:" + username, "consecutive failures: " + failures);
        if (failures >= properties.maxFailedLogins()) {
            Instant until = Instant.now().plus(properties.lockout());
            accounts.lock(username, until);
            auditLog.append("system", "ACCOUNT_LOCKED", "user:" + username,
                    failures + " consecutive failures; locked until " + until);
        }
    }

    @EventListener
    public void locked(AuthenticationFailureLockedEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        auditLog.append(username, "LOGIN_REJECTED_LOCKED", "user:" + username, "");
    }

    @EventListener
    public void success(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }

    @EventListener
    public void interactiveLogin(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        auditLog.append(username, "LOGIN", "user:" + username, "");
    }
}
