package org.strategylifecycle.query.live;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.query.EventStoreDatabase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Under the {@code prod} profile, with bearer tokens from a local issuer (its key set served over
 * HTTP, tokens signed by the test): a live stream ends with a final event when its token expires
 * (and one opened with a longer-lived token at the maximum duration); a reconnect is authorised
 * afresh, so the expired token opens nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "strategy.live.max-duration=16s")
@ActiveProfiles("prod")
class LiveStreamLoginHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static LocalIssuer issuer;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        EventStoreDatabase.register(registry, "live_login");
        issuer = LocalIssuer.start();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::uri);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "strategy-lifecycle");
        // The production sign-in settings of service-support, where they are read (ADR 13).
        registry.add("strategy.security.jwt.issuer-uri", issuer::uri);
        registry.add("strategy.security.jwt.audience", () -> "strategy-lifecycle");
        registry.add("strategy.security.public-url", () -> "https://strategy.example.org/queries");
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @LocalServerPort
    private int port;
    @Autowired
    private EventStore eventStore;

    @Test
    void aStreamEndsWhenItsTokenExpiresAndTheTokenOpensNoOther() throws Exception {
        publish("login-a", 0, new StrategyDrafted("login-a", null, "Edition login-a",
                new Organization("CBP", "U.S. Customs and Border Protection", "DHS"), new Period("2024–2028", 2024, 2028),
                false, change()));
        awaitProjected("login-a");
        Instant expires = Instant.now().plusSeconds(10);
        String token = issuer.token("auditor-7", List.of("auditor"), expires);
        try (SseClient stream = SseClient.open(request("/api/activity/stream", token))) {
            assertThat(stream.response().statusCode()).as(stream.toString()).isEqualTo(200);
            assertThat(stream.next(WAIT).type()).isEqualTo("subscribed");
            publish("login-a", 1, new GoalAdded("login-a", "goal-1", "1", "Protect", null, null, 1, change()));
            SseClient.Event change = stream.until(e -> e.type().equals("change"), WAIT).get(0);
            assertThat(StrategyJson.mapper().readTree(change.data()).get("actor").asString()).isEqualTo("editor");

            SseClient.Event end = stream.until(e -> e.type().equals("end"), WAIT).get(0);
            assertThat(Instant.now()).as("not before exp, which counts whole seconds")
                    .isAfterOrEqualTo(expires.truncatedTo(ChronoUnit.SECONDS));
            var data = StrategyJson.mapper().readTree(end.data());
            assertThat(data.get("reason").asString()).isEqualTo("TOKEN_EXPIRED");
            assertThat(data.get("lastEventId").asString()).isEqualTo(change.id());
            assertThat(SseClient.ended(stream.next(WAIT))).as("the server closed the stream").isTrue();
        }
        HttpResponse<String> again = HttpClient.newHttpClient().send(request("/api/activity/stream", token)
                        .header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(StrategyJson.mapper().readTree(again.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aStreamWithALongerLivedTokenEndsAtTheMaximumDuration() throws Exception {
        String token = issuer.token("viewer-7", List.of("viewer"), Instant.now().plus(Duration.ofHours(1)));
        try (SseClient stream = SseClient.open(request("/api/activity/stream", token))) {
            assertThat(stream.response().statusCode()).as(stream.toString()).isEqualTo(200);
            SseClient.Event subscribed = stream.next(WAIT);
            SseClient.Event end = stream.until(e -> e.type().equals("end"), WAIT).get(0);
            var data = StrategyJson.mapper().readTree(end.data());
            assertThat(data.get("reason").asString()).isEqualTo("MAX_DURATION");
            assertThat(data.get("lastEventId").asString()).isEqualTo(subscribed.id());
        }
        try (SseClient again = SseClient.open(request("/api/activity/stream", token))) {
            assertThat(again.response().statusCode()).as("a reconnect with a valid token").isEqualTo(200);
        }
    }

    /** Waits until the edition can be read: the projection runs, the issuer's keys are fetched. */
    private void awaitProjected(String id) throws Exception {
        String token = issuer.token("viewer-8", List.of("viewer"), Instant.now().plusSeconds(60));
        await(id + " projected").atMost(WAIT).until(() -> HttpClient.newHttpClient()
                .send(request("/api/strategies/" + id, token).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(WAIT)
                .header("Authorization", "Bearer " + token);
    }

    private void publish(String id, long sequence, Object payload) {
        eventStore.publish(new GenericDomainEventMessage<>("StrategyEdition", id, sequence, payload));
    }

    private static Change change() {
        return new Change(LocalDate.parse("2024-01-01"), "editor", "as published", null, ChangeKind.REVISION);
    }
}
