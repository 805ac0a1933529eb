package org.fundguard.platform.governance;

import static org.fundguard.platform.security.FeatureAccess.roles;
import static org.fundguard.platform.security.Role.ANALYST;
import static org.fundguard.platform.security.Role.DIRECTOR;
import static org.fundguard.platform.security.Role.LEGAL;

import org.fundguard.platform.security.FeatureAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may do what in governance. Analysts keep the directories and run credit ratings (they hold the
 * data); only the director runs and publishes a draw and publishes typical cases, because those are
 * the agency's public acts (国办发〔2020〕20号: 双随机、一公开; 曝光). Legal reviewers read ratings and
 * statistics. Published draws, their verification and the 曝光台 are open to anyone.
 */
@Component
class GovernanceAccess implements FeatureAccess {

    @Override
    public String[] publicPaths() {
        return new String[] {"/open/**", "/api/v1/open/**"};
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/governance/targets", "/governance/targets/**", "/governance/inspectors",
                "/governance/inspectors/**").hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers(HttpMethod.GET, "/governance/draws", "/governance/draws/**").hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers("/governance/draws", "/governance/draws/**").hasAnyRole(roles(DIRECTOR));
        a.requestMatchers(HttpMethod.GET, "/governance/credit", "/governance/credit/**")
                .hasAnyRole(roles(ANALYST, DIRECTOR, LEGAL));
        a.requestMatchers("/governance/credit", "/governance/credit/**").hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers("/governance/statistics", "/governance/statistics/**").hasAnyRole(roles(ANALYST, DIRECTOR, LEGAL));
        a.requestMatchers("/governance/disclosures", "/governance/disclosures/**").hasAnyRole(roles(DIRECTOR));
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers(HttpMethod.GET, "/api/v1/governance/targets", "/api/v1/governance/inspectors")
                .hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers(HttpMethod.GET, "/api/v1/governance/draws", "/api/v1/governance/draws/**")
                .hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers(HttpMethod.POST, "/api/v1/governance/draws", "/api/v1/governance/draws/**")
                .hasAnyRole(roles(DIRECTOR));
        a.requestMatchers(HttpMethod.GET, "/api/v1/governance/credit").hasAnyRole(roles(ANALYST, DIRECTOR, LEGAL));
        a.requestMatchers(HttpMethod.POST, "/api/v1/governance/credit/runs").hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers(HttpMethod.GET, "/api/v1/governance/statistics").hasAnyRole(roles(ANALYST, DIRECTOR, LEGAL));
    }
}
