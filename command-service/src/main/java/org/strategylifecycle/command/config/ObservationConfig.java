package org.strategylifecycle.command.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * What the service observes of each request: Spring's HTTP server observation (the
 * {@code http.server.requests} timer) stays; Spring Security's observations of every filter, of the
 * authentication and of the authorization are off. They took about a tenth of a command's CPU
 * (docs/benchmarks.md) and tell nothing the request timer and the 401/403 answers do not.
 */
@Configuration(proxyBeanMethods = false)
public class ObservationConfig {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
