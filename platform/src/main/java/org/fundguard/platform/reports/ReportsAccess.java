package org.fundguard.platform.reports;

import static org.fundguard.platform.security.FeatureAccess.roles;
import static org.fundguard.platform.security.Role.DIRECTOR;
import static org.fundguard.platform.security.Role.INTAKE;
import static org.fundguard.platform.security.Role.PRIVACY;

import org.fundguard.platform.security.FeatureAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who does what with reports: anyone files and follows one; the intake officer (受理员) registers, decides
 * acceptance, transfers, merges, links and assesses rewards; the director (负责人) approves rewards; only the
 * privacy officer (举报保密员) reveals who reported, one report at a time with a reason.
 */
@Component
class ReportsAccess implements FeatureAccess {
    private static final String[] READERS = roles(INTAKE, PRIVACY, DIRECTOR);

    @Override
    public String[] publicPaths() {
        return new String[] {"/report", "/report/status", "/report/institutions"};
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers(HttpMethod.POST, "/reports/*/reveal").hasAnyRole(roles(PRIVACY));
        a.requestMatchers(HttpMethod.POST, "/reports/*/reward/decision").hasAnyRole(roles(DIRECTOR));
        a.requestMatchers(HttpMethod.POST, "/reports/*/notify").hasAnyRole(roles(INTAKE, PRIVACY));
        a.requestMatchers(HttpMethod.POST, "/reports/*/accept", "/reports/*/reject", "/reports/*/transfer", "/reports/*/merge",
                "/reports/*/filing", "/reports/*/reward", "/reports/*/reward/payment").hasAnyRole(roles(INTAKE));
        a.requestMatchers(HttpMethod.GET, "/reports/export.csv").hasAnyRole(roles(INTAKE, DIRECTOR));
        a.requestMatchers(HttpMethod.GET, "/reports/register", "/reports/*", "/reports/*/attachments/*").hasAnyRole(READERS);
        a.requestMatchers("/reports/**").denyAll();
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers(HttpMethod.POST, "/api/v1/reports/*/reveal").hasAnyRole(roles(PRIVACY));
        a.requestMatchers(HttpMethod.POST, "/api/v1/reports/*/acceptance").hasAnyRole(roles(INTAKE));
        a.requestMatchers(HttpMethod.GET, "/api/v1/reports", "/api/v1/reports/*").hasAnyRole(READERS);
        a.requestMatchers("/api/v1/reports/**").denyAll();
    }
}
