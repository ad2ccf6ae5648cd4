package org.strategylifecycle.support.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.support.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;

/**
 * How both services log users in, imported by each beside its own {@link AccessRules}. Locally
 * HTTP Basic with the demo users, failed logins throttled; under {@code prod} bearer JWTs
 * ({@link ProductionSignIn}). Health probes are open; whatever the rules leave unmatched needs one of
 * the four roles, so a login without a known role reaches nothing else. 401 and 403 are problem
 * details. Stateless, so no session and no CSRF token. Every answer carries a Content-Security-Policy
 * that lets the API docs page (Swagger UI) load its own scripts and styles and nothing else; HSTS is
 * Spring Security's default, sent on HTTPS requests, including those a trusted proxy forwards as HTTPS
 * ({@code strategy-security.yml}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(ProductionSignIn.class)
public class SecuritySupport {

    /**
     * Swagger UI's page loads scripts, styles and images from the service itself (its styles also set
     * inline, and it draws icons as data: images); JSON answers are unaffected by a CSP.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Spring's HTTP server observation (the {@code http.server.requests} timer) stays; Spring
     * Security's observations of every filter, of the authentication and of the authorization are
     * off. They took about a tenth of a request's CPU (docs/benchmarks.md) and tell nothing the
     * request timer and the 401/403 answers do not.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Profile("!prod")
    DemoUsers demoUsers(@Value("${strategy.security.demo-users}") boolean enabled,
                        @Value("${strategy.security.login.failures-per-user}") int perUser,
                        @Value("${strategy.security.login.failures-per-client}") int perClient,
                        @Value("${strategy.security.login.failure-window}") Duration window) {
        return new DemoUsers(enabled, new LoginThrottle(new LoginThrottle.Limits(perUser, perClient, window)),
                Clock.systemUTC());
    }

    @Bean
    @Profile("!prod")
    SecurityFilterChain basicSecurity(HttpSecurity http, DemoUsers users, JsonMapper json, AccessRules rules)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json,
                (request, response, e) -> response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"strategy\""));
        return common(http, problems, rules)
                // The demo users alone: without a manager of its own, the chain would also ask the global
                // one, which holds the same provider, and check every wrong password twice.
                .authenticationManager(new ProviderManager(users))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .build();
    }

    /** A URL Spring Security's firewall refuses (encoded dots, semicolons, ...) is a malformed request. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        return (request, response, rejected) -> Problems.write(response, json, ErrorCode.MALFORMED_REQUEST,
                "the request URL is not allowed");
    }

    static HttpSecurity common(HttpSecurity http, ProblemSecurityHandlers problems, AccessRules rules)
            throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**").permitAll();
                    rules.apply(requests);
                    requests.anyRequest().hasAnyRole(Roles.EDITOR, Roles.AUDITOR, Roles.VIEWER, Roles.ADMIN);
                });
    }
}
