package org.fundguard.platform.cases;

import static org.fundguard.platform.security.FeatureAccess.roles;
import static org.fundguard.platform.security.Role.ANALYST;
import static org.fundguard.platform.security.Role.DIRECTOR;
import static org.fundguard.platform.security.Role.INVESTIGATOR;
import static org.fundguard.platform.security.Role.LEGAL;

import org.fundguard.platform.security.FeatureAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may open and work cases: the same duties as {@link CaseAction}, at the door, so that a role without
 * the duty gets 403 before any form is read (the state machine checks the duty again).
 */
@Component
class CasesAccess implements FeatureAccess {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/cases/new").hasAnyRole(roles(DIRECTOR));
        a.requestMatchers(HttpMethod.POST, "/cases/*/assign", "/cases/*/drop", "/cases/*/review-request", "/cases/*/discussion",
                "/cases/*/decision", "/cases/*/instalments", "/cases/*/close", "/cases/*/publication").hasAnyRole(roles(DIRECTOR));
        a.requestMatchers(HttpMethod.POST, "/cases/*/tasks", "/cases/*/tasks/*/done", "/cases/*/payments")
                .hasAnyRole(roles(INVESTIGATOR, DIRECTOR));
        a.requestMatchers(HttpMethod.POST, "/cases/*/records", "/cases/*/notice", "/cases/*/statement", "/cases/*/submit")
                .hasAnyRole(roles(INVESTIGATOR));
        a.requestMatchers(HttpMethod.POST, "/cases/*/review").hasAnyRole(roles(LEGAL));
        a.requestMatchers(HttpMethod.GET, "/cases", "/cases/*", "/cases/*/documents/*", "/cases/*/attachments/*")
                .hasAnyRole(roles(INVESTIGATOR, LEGAL, DIRECTOR));
        a.requestMatchers("/cases/**").denyAll();
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers(HttpMethod.GET, "/api/v1/cases/sanction-status.csv").hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers(HttpMethod.GET, "/api/v1/cases/statistics").hasAnyRole(roles(ANALYST, LEGAL, DIRECTOR));
        a.requestMatchers(HttpMethod.POST, "/api/v1/cases", "/api/v1/cases/*/assignment", "/api/v1/cases/*/withdrawal",
                "/api/v1/cases/*/review-request", "/api/v1/cases/*/discussion", "/api/v1/cases/*/decision",
                "/api/v1/cases/*/instalments", "/api/v1/cases/*/closure", "/api/v1/cases/*/publication").hasAnyRole(roles(DIRECTOR));
        a.requestMatchers(HttpMethod.POST, "/api/v1/cases/*/tasks", "/api/v1/cases/*/payments").hasAnyRole(roles(INVESTIGATOR, DIRECTOR));
        a.requestMatchers(HttpMethod.POST, "/api/v1/cases/*/records", "/api/v1/cases/*/notice", "/api/v1/cases/*/statement",
                "/api/v1/cases/*/submission").hasAnyRole(roles(INVESTIGATOR));
        a.requestMatchers(HttpMethod.POST, "/api/v1/cases/*/review").hasAnyRole(roles(LEGAL));
        a.requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/*", "/api/v1/cases/*/lawful-range",
                "/api/v1/cases/*/documents/*").hasAnyRole(roles(INVESTIGATOR, LEGAL, DIRECTOR));
        a.requestMatchers("/api/v1/cases/**").denyAll();
    }
}
