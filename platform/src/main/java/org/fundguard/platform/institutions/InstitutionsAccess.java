package org.fundguard.platform.institutions;

import static org.fundguard.platform.security.FeatureAccess.roles;
import static org.fundguard.platform.security.Role.ADMIN;
import static org.fundguard.platform.security.Role.ANALYST;
import static org.fundguard.platform.security.Role.DIRECTOR;
import static org.fundguard.platform.security.Role.INSTITUTION;
import static org.fundguard.platform.security.Role.INVESTIGATOR;
import static org.fundguard.platform.security.Role.LEGAL;

import org.fundguard.platform.security.FeatureAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The institution portal (/institution, its own data only: the code comes from the login, and each
 * record is checked against it) and the agency's side of it (/institutions): analysts and the director
 * read self-inspection reports; those who handle cases send notices and read the answers; the
 * administrator creates institution logins.
 */
@Component
class InstitutionsAccess implements FeatureAccess {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/institution", "/institution/**").hasAnyRole(roles(INSTITUTION));
        a.requestMatchers("/institutions/notices", "/institutions/notices/**", "/institutions/files/**")
                .hasAnyRole(roles(INVESTIGATOR, LEGAL, DIRECTOR));
        a.requestMatchers("/institutions", "/institutions/**").hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers("/admin/institutions", "/admin/institutions/**").hasAnyRole(roles(ADMIN));
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/api/v1/institution/**").hasAnyRole(roles(INSTITUTION));
        a.requestMatchers("/api/v1/institutions/notices/**").hasAnyRole(roles(INVESTIGATOR, LEGAL, DIRECTOR));
        a.requestMatchers("/api/v1/institutions/**").hasAnyRole(roles(ANALYST, DIRECTOR));
    }
}
