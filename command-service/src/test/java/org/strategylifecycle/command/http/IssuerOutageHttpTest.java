package org.strategylifecycle.command.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strategylifecycle.support.security.prod.TestIssuer;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The prod profile while its token issuer is down or hangs: a token that cannot be checked is 503
 * {@code ISSUER_UNAVAILABLE} with {@code Retry-After} (not 401, which would tell the client to throw
 * its token away), answered within the issuer timeout, logged once per outage without a stack trace,
 * and the service recovers by itself, a rotated key included. Forwarded headers from an address that
 * is not a trusted proxy are ignored. Short key refresh interval and issuer timeout, so that this runs
 * in seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class IssuerOutageHttpTest {

    private static final String ROLES = "roles";
    private static final String DOWN = "The identity provider's keys";

    private TestIssuer issuer;
    private ConfigurableApplicationContext app;
    private Api api;

    @BeforeAll
    void start() {
        issuer = TestIssuer.start();
        issuer.fail();
        app = ProdCommandService.start(issuer, "outage",
                "--strategy.security.jwt.key-refresh-interval=1s",
                "--strategy.security.jwt.issuer-timeout=500ms",
                "--server.tomcat.remoteip.internal-proxies=10\\.9\\.8\\.7");
        api = new Api(ProdCommandService.port(app), null);
    }

    @AfterAll
    void stop() {
        app.close();
        issuer.close();
    }

    @Test
    void anUnreachableIssuerIsA503LoggedOncePerOutageAndTheServiceRecoversByItself(CapturedOutput output)
            throws InterruptedException {
        long before = events();
        String token = issuer.sign(issuer.claims("alice", ROLES, "editor"));
        for (int i = 0; i < 6; i++) {
            assertUnavailable(draft(token, Duration.ofSeconds(30)));
            Thread.sleep(300);
        }
        issuer.hang();
        Thread.sleep(1_100);
        // A guard, not a timing: a hanging issuer must not hold the request (the issuer timeout is 500 ms).
        assertUnavailable(draft(token, Duration.ofSeconds(10)));
        assertThat(events()).isEqualTo(before);
        assertThat(output.getOut().lines().filter(line -> line.contains(DOWN) && line.contains("cannot be fetched")))
                .hasSize(1);
        // Cached contexts of other tests share this JVM's output (one closing may still log): what this test
        // owns are the log records about the issuer, none of which may carry a stack trace.
        assertThat(Arrays.stream((output.getOut() + output.getErr()).split("\n(?=\\d{4}-\\d{2}-\\d{2}T)"))
                .filter(record -> record.contains(DOWN) || record.toLowerCase(Locale.ROOT).contains("issuer")))
                .isNotEmpty()
                .noneMatch(record -> record.contains("\tat ") || record.contains("Exception in"));

        issuer.up();
        Api.Answer answer = await("the service recovering by itself").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> draft(token, Duration.ofSeconds(30)), recovered -> recovered.status() != 503);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(output.getOut().lines().filter(line -> line.contains(DOWN) && line.contains("fetched again"))).hasSize(1);

        issuer.rotate();
        Thread.sleep(1_100);
        Api.Answer rotated = draft(issuer.sign(issuer.claims("alice", ROLES, "editor")), Duration.ofSeconds(30));
        assertThat(rotated.status()).as("a token of the new key, at once: " + rotated).isEqualTo(201);
    }

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() {
        Api.Answer answer = api.send(api.request("/actuator/health", "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "10.9.8.7").GET());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Strict-Transport-Security")).isNull();
    }

    private static void assertUnavailable(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("ISSUER_UNAVAILABLE");
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.json().path("requestId").asString()).isNotBlank().isEqualTo(answer.header("X-Request-Id"));
    }

    private Api.Answer draft(String token, Duration timeout) {
        String body = """
                {"strategyId": "outage-%s", "title": "OFO Strategic Plan FY2007–2011",
                 "organization": {"code": "OFO", "name": "Office of Field Operations", "parentCode": "CBP"},
                 "period": {"label": "FY 2007–2011", "fromYear": 2007, "toYear": 2011}, "effectiveDate": "2007-01-01"}"""
                .formatted(UUID.randomUUID());
        return api.send(api.request("/api/strategies", "Authorization", "Bearer " + token,
                "Content-Type", "application/json").timeout(timeout)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    private long events() {
        return app.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
