package org.strategylifecycle.support.security.prod;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production start needs its sign-in settings and never the demo users; everything missing or wrong
 * is named in one line. (ProductionStartTest in command-service starts the real service without them.)
 */
class ProductionGuardTest {

    private final ProductionGuard guard = new ProductionGuard();

    @Test
    void namesEveryMissingVariableInOneLine() {
        MockEnvironment prod = defaults();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> refresh(context(prod)))
                .isInstanceOf(ProductionSettingsException.class)
                .hasMessage("The prod profile cannot start: STRATEGY_JWT_ISSUER_URI, STRATEGY_JWT_AUDIENCE, "
                        + "STRATEGY_PUBLIC_URL are not set (docs/operations.md#production-sign-in)");
    }

    @Test
    void namesWrongValuesAndDemoUsersToo() {
        MockEnvironment prod = complete().withProperty("strategy.security.public-url", "strategy.example.org")
                .withProperty("strategy.security.jwt.max-lifetime", "forever")
                .withProperty("strategy.security.jwt.algorithms", "RS256,none")
                .withProperty("strategy.security.demo-users", "true");
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> refresh(context(prod)))
                .hasMessageContaining("STRATEGY_PUBLIC_URL is not an absolute http(s) URL")
                .hasMessageContaining("STRATEGY_JWT_MAX_LIFETIME is not a duration")
                .hasMessageContaining("STRATEGY_JWT_ALGORITHMS names an unknown signature algorithm: none")
                .hasMessageContaining("STRATEGY_DEMO_USERS must be false")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void acceptsCompleteSettingsAndLeavesOtherProfilesAlone() {
        MockEnvironment prod = complete();
        prod.setActiveProfiles("prod");
        assertThatNoException().isThrownBy(() -> refresh(context(prod)));
        ProductionSettings settings = ProductionSettings.of(prod);
        assertThat(settings.publicUrl()).isEqualTo(URI.create("https://strategy.example.org/commands"));
        assertThat(settings.resourceMetadataUrl())
                .isEqualTo("https://strategy.example.org/commands/.well-known/oauth-protected-resource");
        assertThat(settings.audiences()).containsExactly("strategy-api", "other");
        assertThat(settings.maxLifetime()).isEqualTo(Duration.ofHours(2));
        assertThatNoException().isThrownBy(() -> refresh(context(defaults()
                .withProperty("strategy.security.demo-users", "true"))));
    }

    @Test
    void springBootReportsTheLineWithoutAStackTrace() {
        ProductionSettingsException failure = new ProductionSettingsException("The prod profile cannot start: X is not set");
        FailureAnalysis analysis = new ProductionSettingsFailureAnalyzer().analyze(new IllegalStateException(failure));
        assertThat(analysis.getDescription()).isEqualTo(failure.getMessage());
        assertThat(analysis.getAction()).contains("docs/operations.md");
    }

    private static void refresh(GenericApplicationContext context) {
        try (context) {
            context.refresh();
        }
    }

    /** A context the guard is applied to, refreshed as a start would: the check runs then. */
    private GenericApplicationContext context(MockEnvironment environment) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(environment);
        guard.initialize(context);
        return context;
    }

    private static MockEnvironment defaults() {
        return new MockEnvironment()
                .withProperty("strategy.security.demo-users", "false")
                .withProperty("strategy.security.jwt.algorithms", "RS256")
                .withProperty("strategy.security.jwt.max-lifetime", "2h")
                .withProperty("strategy.security.jwt.key-refresh-interval", "30s")
                .withProperty("strategy.security.jwt.issuer-timeout", "2s")
                .withProperty("strategy.security.roles-claim", "roles");
    }

    private static MockEnvironment complete() {
        return defaults()
                .withProperty("strategy.security.jwt.issuer-uri", "https://login.example.org")
                .withProperty("strategy.security.jwt.audience", "strategy-api,other")
                .withProperty("strategy.security.public-url", "https://strategy.example.org/commands/");
    }
}
