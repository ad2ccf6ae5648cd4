package org.strategylifecycle.support.security.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.strategylifecycle.support.security.AccessRules;
import org.strategylifecycle.support.security.ProblemSecurityHandlers;
import org.strategylifecycle.support.security.SecuritySupport;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;

/** Sign-in without the {@code prod} profile: HTTP Basic with the demo users, failed logins throttled. */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
public class DemoSignIn {

    @Bean
    DemoUsers demoUsers(@Value("${strategy.security.demo-users}") boolean enabled,
                        @Value("${strategy.security.login.failures-per-user}") int perUser,
                        @Value("${strategy.security.login.failures-per-client}") int perClient,
                        @Value("${strategy.security.login.failure-window}") Duration window) {
        return new DemoUsers(enabled, new LoginThrottle(new LoginThrottle.Limits(perUser, perClient, window)),
                Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain basicSecurity(HttpSecurity http, DemoUsers users, JsonMapper json, AccessRules rules)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json,
                (request, response, e) -> response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"strategy\""));
        return SecuritySupport.common(http, problems, rules)
                // The demo users alone: without a manager of its own, the chain would also ask the global
                // one, which holds the same provider, and check every wrong password twice.
                .authenticationManager(new ProviderManager(users))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .build();
    }
}
