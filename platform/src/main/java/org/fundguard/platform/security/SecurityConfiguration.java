package org.fundguard.platform.security;

import static org.fundguard.platform.security.Role.ADMIN;
import static org.fundguard.platform.security.Role.ANALYST;
import static org.fundguard.platform.security.Role.DIRECTOR;
import static org.fundguard.platform.security.Role.INTAKE;
import static org.fundguard.platform.security.Role.INVESTIGATOR;
import static org.fundguard.platform.security.Role.LEGAL;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.authentication.LockedException;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may do what. The whole access matrix is here, one line per page or endpoint family, so that it
 * can be read (and is tested, per endpoint, in AccessMatrixIT) in one place.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** The real-time audit endpoint: machine clients with an API key, no session, no CSRF (no cookie). */
    @Bean
    @Order(1)
    SecurityFilterChain realtimeApiChain(HttpSecurity http, ApiKeys keys) throws Exception {
        http.securityMatcher("/api/v1/realtime/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new ApiKeyFilter(keys), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(ApiKeyFilter.AUTHORITY));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationChain(HttpSecurity http, ObjectProvider<FeatureAccess> featureBeans) throws Exception {
        List<FeatureAccess> features = featureBeans.orderedStream().toList();
        RequestMatcher api = pathPattern("/api/**");
        RequestMatcher basicAuth = request -> {
            String h = request.getHeader("Authorization");
            return h != null && h.regionMatches(true, 0, "Basic ", 0, 6);
        };
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    org.springframework.security.core.AuthenticationException exception)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                String target = exception instanceof LockedException ? "/login?locked" : "/login?error";
                getRedirectStrategy().sendRedirect(request, response, target);
            }
        };
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                            "/api/v1/openapi.yaml", "/error/403").permitAll();
                    for (FeatureAccess f : features) {
                        String[] open = f.publicPaths();
                        if (open.length > 0) {
                            a.requestMatchers(open).permitAll();
                        }
                    }
                    pages(a);
                    features.forEach(f -> f.pages(a));
                    features.forEach(f -> f.api(a));
                    api(a);
                    a.anyRequest().authenticated();
                })
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(failure).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                // scripts call the API with HTTP Basic; no challenge header, so browsers never cache credentials
                .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // a request that carries its own credentials cannot be forged by another site
                .csrf(c -> c.ignoringRequestMatchers(basicAuth))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        .defaultAccessDeniedHandlerFor((request, response, denied) -> response.sendError(403), api)
                        .defaultAccessDeniedHandlerFor(forbiddenPage(), request -> true))
                .headers(h -> h.frameOptions(f -> f.deny()));
        return http.build();
    }

    private static void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/").authenticated();
        a.requestMatchers("/dashboard").hasAnyRole(roles(ANALYST, DIRECTOR, LEGAL));
        a.requestMatchers("/leads/new").hasAnyRole(roles(INTAKE, ANALYST));
        a.requestMatchers(HttpMethod.POST, "/leads/*/assign").hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers(HttpMethod.POST, "/leads/*/verify").hasAnyRole(roles(INVESTIGATOR));
        a.requestMatchers(HttpMethod.POST, "/leads/*/merge").hasAnyRole(roles(ANALYST));
        a.requestMatchers(HttpMethod.POST, "/leads/*/case").hasAnyRole(roles(DIRECTOR));
        a.requestMatchers(HttpMethod.GET, "/leads", "/leads/export.csv", "/leads/*")
                .hasAnyRole(roles(INTAKE, ANALYST, INVESTIGATOR, LEGAL, DIRECTOR));
        a.requestMatchers("/precision").hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers("/runs", "/runs/**").hasAnyRole(roles(ANALYST));
        a.requestMatchers("/admin/**").hasAnyRole(roles(ADMIN));
    }

    private static void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers(HttpMethod.POST, "/api/v1/leads").hasAnyRole(roles(INTAKE, ANALYST));
        a.requestMatchers(HttpMethod.POST, "/api/v1/leads/*/assignment").hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers(HttpMethod.POST, "/api/v1/leads/*/verification").hasAnyRole(roles(INVESTIGATOR));
        a.requestMatchers(HttpMethod.POST, "/api/v1/leads/*/merge").hasAnyRole(roles(ANALYST));
        a.requestMatchers(HttpMethod.POST, "/api/v1/leads/*/case").hasAnyRole(roles(DIRECTOR));
        a.requestMatchers(HttpMethod.GET, "/api/v1/leads", "/api/v1/leads/*")
                .hasAnyRole(roles(INTAKE, ANALYST, INVESTIGATOR, LEGAL, DIRECTOR));
        a.requestMatchers("/api/v1/precision").hasAnyRole(roles(ANALYST, DIRECTOR));
        a.requestMatchers("/api/v1/dashboard").hasAnyRole(roles(ANALYST, DIRECTOR, LEGAL));
        a.requestMatchers("/api/v1/runs", "/api/v1/runs/**").hasAnyRole(roles(ANALYST));
        a.requestMatchers("/api/v1/auditlog/**", "/api/v1/admin/**").hasAnyRole(roles(ADMIN));
        a.requestMatchers("/api/**").denyAll();
    }

    private static AccessDeniedHandlerImpl forbiddenPage() {
        AccessDeniedHandlerImpl h = new AccessDeniedHandlerImpl();
        h.setErrorPage("/error/403");
        return h;
    }

    private static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
