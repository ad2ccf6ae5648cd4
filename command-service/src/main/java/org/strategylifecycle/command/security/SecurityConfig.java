package org.strategylifecycle.command.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * Editors and admins send commands; every other request needs a login, health probes excepted.
 * Locally HTTP Basic with the demo users; under {@code prod} bearer JWTs whose roles come from the
 * claim {@code strategy.security.roles-claim}. Stateless, so no session and no CSRF token.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    @Profile("!prod")
    DemoUsers demoUsers(@Value("${strategy.security.demo-users}") boolean enabled) {
        return new DemoUsers(enabled, Clock.systemUTC());
    }

    @Bean
    @Profile("!prod")
    SecurityFilterChain basicSecurity(HttpSecurity http, DemoUsers users, JsonMapper json) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json, "Basic realm=\"strategy\"");
        return rules(http, problems)
                .authenticationProvider(users)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .build();
    }

    @Bean
    @Profile("prod")
    SecurityFilterChain jwtSecurity(HttpSecurity http, JsonMapper json,
                                    @Value("${strategy.security.roles-claim}") String rolesClaim) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json, "Bearer");
        return rules(http, problems)
                .oauth2ResourceServer(jwt -> jwt
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(token -> token.jwtAuthenticationConverter(new JwtRoles(rolesClaim))))
                .build();
    }

    private static HttpSecurity rules(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole(Roles.EDITOR, Roles.ADMIN)
                        .anyRequest().authenticated());
    }
}
