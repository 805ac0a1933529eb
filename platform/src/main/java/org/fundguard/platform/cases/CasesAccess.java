package org.fundguard.platform.cases;

import static org.fundguard.platform.security.FeatureAccess.roles;
import static org.fundguard.platform.security.Role.DIRECTOR;
import static org.fundguard.platform.security.Role.INVESTIGATOR;
import static org.fundguard.platform.security.Role.LEGAL;

import org.fundguard.platform.security.FeatureAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open and work cases. */
@Component
class CasesAccess implements FeatureAccess {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/cases", "/cases/**").hasAnyRole(roles(INVESTIGATOR, LEGAL, DIRECTOR));
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/api/v1/cases", "/api/v1/cases/**").hasAnyRole(roles(INVESTIGATOR, LEGAL, DIRECTOR));
    }
}
