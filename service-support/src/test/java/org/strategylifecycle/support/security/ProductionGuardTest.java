package org.strategylifecycle.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Under the prod profile the documented demo passwords must never be accepted: the service does not start. */
class ProductionGuardTest {

    private final ApplicationContextRunner prod = new ApplicationContextRunner()
            .withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
            .withUserConfiguration(ProductionGuard.class);

    @Test
    void refusesToStartWithDemoUsersUnderProd() {
        prod.withPropertyValues("strategy.security.demo-users=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("demo-users");
        });
    }

    @Test
    void startsWithoutDemoUsersUnderProd() {
        prod.withPropertyValues("strategy.security.demo-users=false")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(ProductionGuard.class));
    }
}
