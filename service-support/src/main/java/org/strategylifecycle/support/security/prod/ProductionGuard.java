package org.strategylifecycle.support.security.prod;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Checks the production settings when the context starts, once every property source is in place
 * (tests add theirs in initializers) and before any bean (the database, Flyway, Axon) is made: a
 * {@code prod} start without an issuer, an audience or a public URL, or with the demo users on, stops
 * with one line naming each problem ({@link ProductionSettingsFailureAnalyzer} prints it without a
 * stack trace). Registered in {@code META-INF/spring.factories}.
 */
class ProductionGuard implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.addBeanFactoryPostProcessor(beanFactory -> {
            if (context.getEnvironment().matchesProfiles("prod")) {
                ProductionSettings.of(context.getEnvironment());
            }
        });
    }
}
