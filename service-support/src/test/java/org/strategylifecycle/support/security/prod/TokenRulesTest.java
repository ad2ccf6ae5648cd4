package org.strategylifecycle.support.security.prod;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim rules alone; ProductionSignInHttpTest (command-service) sends each case as a signed token. */
class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ISSUER = "https://login.example.org/realms/strategy";

    private final OAuth2TokenValidator<Jwt> rules = TokenRules.of(settings(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenOfTheIssuerForThisAudienceWithAShortLifeAndACleanSubjectPasses() {
        assertThat(errors(jwt -> jwt)).isEmpty();
        assertThat(errors(jwt -> jwt.audience(List.of("other-api", "strategy-api")))).isEmpty();
        assertThat(errors(jwt -> jwt.header("typ", "at+jwt"))).isEmpty();
        assertThat(errors(jwt -> jwt.subject("f:3b0c-… ålice@example.org"))).isEmpty();
    }

    @Test
    void audienceIssuerAndTypeMustBeTheConfiguredOnes() {
        assertThat(errors(jwt -> jwt.audience(List.of("some-other-api")))).anyMatch(e -> e.contains("aud"));
        assertThat(errors(jwt -> jwt.claims(c -> c.remove("aud")))).anyMatch(e -> e.contains("aud"));
        assertThat(errors(jwt -> jwt.issuer("https://login.example.org/realms/other"))).anyMatch(e -> e.contains("iss"));
        assertThat(errors(jwt -> jwt.claims(c -> c.remove("iss")))).anyMatch(e -> e.contains("iss"));
        assertThat(errors(jwt -> jwt.header("typ", "dpop+jwt"))).isNotEmpty();
    }

    @Test
    void aTokenMustExpireSoonAfterAPlausibleIssueTime() {
        assertThat(errors(jwt -> jwt.claims(c -> c.remove("exp")))).anyMatch(e -> e.contains("exp is required"));
        assertThat(errors(jwt -> jwt.expiresAt(NOW.plusSeconds(10L * 365 * 86_400)))).anyMatch(e -> e.contains("lives longer"));
        assertThat(errors(jwt -> jwt.issuedAt(NOW.plusSeconds(365L * 86_400)).expiresAt(NOW.plusSeconds(365L * 86_400 + 60))))
                .anyMatch(e -> e.contains("iat lies in the future"));
        assertThat(errors(jwt -> jwt.claims(c -> c.remove("iat")))).anyMatch(e -> e.contains("iat is required"));
        assertThat(errors(jwt -> jwt.issuedAt(NOW.minusSeconds(3 * 3600)))).anyMatch(e -> e.contains("lives longer"));
        assertThat(errors(jwt -> jwt.issuedAt(NOW.minusSeconds(600)).expiresAt(NOW.minusSeconds(120)))).anyMatch(e -> e.contains("expired"));
        assertThat(errors(jwt -> jwt.notBefore(NOW.plusSeconds(600)))).anyMatch(e -> e.contains("used before"));
        assertThat(errors(jwt -> jwt.issuedAt(NOW.plusSeconds(30)))).isEmpty();
    }

    @Test
    void theSubjectIsACleanBoundedIdentifier() {
        for (String subject : new String[]{"alice\r\nadmin", "alice\u0000", "\u202Eecila", "alice\u2028", " alice", "a".repeat(256)}) {
            assertThat(errors(jwt -> jwt.subject(subject))).as(subject).anyMatch(e -> e.contains("sub"));
        }
        assertThat(errors(jwt -> jwt.claims(c -> c.remove("sub")))).anyMatch(e -> e.contains("sub is required"));
        assertThat(errors(jwt -> jwt.subject("a".repeat(255)))).isEmpty();
    }

    private List<String> errors(UnaryOperator<Jwt.Builder> change) {
        Jwt.Builder jwt = Jwt.withTokenValue("token").header("alg", "RS256").issuer(ISSUER).audience(List.of("strategy-api"))
                .subject("alice").issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plusSeconds(600));
        return rules.validate(change.apply(jwt).build()).getErrors().stream().map(OAuth2Error::getDescription).toList();
    }

    private static ProductionSettings settings() {
        return ProductionSettings.of(new MockEnvironment()
                .withProperty("strategy.security.jwt.issuer-uri", ISSUER)
                .withProperty("strategy.security.jwt.audience", "strategy-api, strategy-admin")
                .withProperty("strategy.security.public-url", "https://strategy.example.org/commands/")
                .withProperty("strategy.security.jwt.algorithms", "RS256")
                .withProperty("strategy.security.jwt.max-lifetime", "2h")
                .withProperty("strategy.security.jwt.key-refresh-interval", "30s")
                .withProperty("strategy.security.jwt.issuer-timeout", "2s")
                .withProperty("strategy.security.roles-claim", "roles"));
    }
}
