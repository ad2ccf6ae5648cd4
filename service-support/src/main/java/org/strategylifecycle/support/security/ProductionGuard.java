package org.strategylifecycle.support.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** A production installation must never accept the documented demo passwords: it refuses to start. */
@Component
@Profile("prod")
class ProductionGuard {

    ProductionGuard(@Value("${strategy.security.demo-users}") boolean demoUsers) {
        if (demoUsers) {
            throw new IllegalStateException(
                    "strategy.security.demo-users (STRATEGY_DEMO_USERS) must be false under the prod profile");
        }
    }
}
