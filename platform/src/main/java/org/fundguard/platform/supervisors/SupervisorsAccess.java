package org.fundguard.platform.supervisors;

import static org.fundguard.platform.security.FeatureAccess.roles;
import static org.fundguard.platform.security.Role.DIRECTOR;
import static org.fundguard.platform.security.Role.INTAKE;
import static org.fundguard.platform.security.Role.SUPERVISOR;

import org.fundguard.platform.security.FeatureAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The registry is kept by the director (who appoints supervisors and sends them on visits) and intake
 * (who receives their reports, as every other clue); a supervisor sees only their own portal.
 */
@Component
class SupervisorsAccess implements FeatureAccess {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/supervisor", "/supervisor/**").hasAnyRole(roles(SUPERVISOR));
        a.requestMatchers("/supervisors", "/supervisors/**").hasAnyRole(roles(DIRECTOR, INTAKE));
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/api/v1/supervisor/**").hasAnyRole(roles(SUPERVISOR));
        a.requestMatchers("/api/v1/supervisors", "/api/v1/supervisors/**").hasAnyRole(roles(DIRECTOR, INTAKE));
    }
}
