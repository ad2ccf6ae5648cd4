package org.strategylifecycle.support.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
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

/**
 * How both services log users in, imported by each beside its own {@link AccessRules}. Locally
 * HTTP Basic with the demo users; under {@code prod} bearer JWTs whose roles come from the claim
 * {@code strategy.security.roles-claim}, and no start while demo users are on. Health probes are
 * open, whatever the rules leave unmatched needs a login, 401 and 403 are problem details.
 * Stateless, so no session and no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import({ProductionGuard.class, BrowserOrigins.class})
public class SecuritySupport {

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
    DemoUsers demoUsers(@Value("${strategy.security.demo-users}") boolean enabled) {
        return new DemoUsers(enabled, Clock.systemUTC());
    }

    @Bean
    @Profile("!prod")
    SecurityFilterChain basicSecurity(HttpSecurity http, DemoUsers users, JsonMapper json, AccessRules rules)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json, "Basic realm=\"strategy\"");
        return common(http, problems, rules)
                .authenticationProvider(users)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .build();
    }

    @Bean
    @Profile("prod")
    SecurityFilterChain jwtSecurity(HttpSecurity http, JsonMapper json, AccessRules rules,
                                    @Value("${strategy.security.roles-claim}") String rolesClaim) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json, "Bearer");
        return common(http, problems, rules)
                .oauth2ResourceServer(jwt -> jwt
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(token -> token.jwtAuthenticationConverter(new JwtRoles(rolesClaim))))
                .build();
    }

    /** A URL Spring Security's firewall refuses (encoded dots, semicolons, ...) is a malformed request. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        return (request, response, rejected) -> Problems.write(response, json, ErrorCode.MALFORMED_REQUEST,
                "the request URL is not allowed");
    }

    private static HttpSecurity common(HttpSecurity http, ProblemSecurityHandlers problems, AccessRules rules)
            throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**").permitAll();
                    rules.apply(requests);
                    requests.anyRequest().authenticated();
                });
    }
}
