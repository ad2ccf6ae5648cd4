package org.strategylifecycle.support.security;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the production settings as soon as the environment is known, before any bean (the database,
 * Flyway, Axon) is made: a {@code prod} start without an issuer, an audience or a public URL, or with
 * the demo users on, stops with one line naming each problem ({@link ProductionSettingsFailureAnalyzer}
 * prints it without a stack trace). Registered in {@code META-INF/spring.factories}.
 */
class ProductionGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.matchesProfiles("prod")) {
            ProductionSettings.of(environment);
        }
    }

    /** After the config data processor, which reads application.yml and the active profiles. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
