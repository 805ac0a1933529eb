package org.fundguard.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The access rules of one feature (cases, reports, governance, the institution portal...), declared next
 * to the feature and applied by {@link SecurityConfiguration} before its catch-all rules, so that the
 * matrix stays one line per page family while each feature owns its lines.
 */
public interface FeatureAccess {

    /** Pages and endpoints anyone may open without logging in (public portals); none by default. */
    default String[] publicPaths() {
        return new String[0];
    }

    /** Page rules ({@code /cases/**} ...) for signed-in users. */
    void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a);

    /** API rules ({@code /api/v1/cases/**} ...). */
    void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a);

    /** Role names for {@code hasAnyRole}. */
    static String[] roles(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
