package org.strategylifecycle.support.security;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Checks the production settings before any bean (the database, Flyway, Axon) is made, once logging
 * is set up: a {@code prod} start without an issuer, an audience or a public URL, or with the demo
 * users on, stops with one line naming each problem ({@link ProductionSettingsFailureAnalyzer} prints
 * it without a stack trace). Registered in {@code META-INF/spring.factories}.
 */
class ProductionGuard implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().matchesProfiles("prod")) {
            ProductionSettings.of(context.getEnvironment());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
