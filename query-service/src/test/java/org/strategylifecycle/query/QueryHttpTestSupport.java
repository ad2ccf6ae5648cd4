package org.strategylifecycle.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.query.config.TrackingPositions;
import org.strategylifecycle.query.edition.EditionProjection;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

/**
 * The Spring context the query HTTP tests share (same configuration, so Spring caches it): the whole
 * query-service on a random port, over a fresh PostgreSQL database holding the event store schema
 * of command-service's migrations. Events go straight into the event store; tests use ids of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SmallSendBuffers.class)
public abstract class QueryHttpTestSupport {

    protected static final String PUBLIC_URL = "http://localhost:8082";
    /** A browser dashboard's origin, allowed to call the API across origins (STRATEGY_CORS_ALLOWED_ORIGINS). */
    protected static final String DASHBOARD_ORIGIN = "https://dashboard.example.org";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        EventStoreDatabase.register(registry, "query_http");
        // The local default, whatever the environment says: the published OpenAPI description names it.
        registry.add("strategy.public-url.query", () -> PUBLIC_URL);
        registry.add("strategy.cors.allowed-origins", () -> DASHBOARD_ORIGIN);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    private TrackingPositions positions;

    protected <T> void publish(String aggregateId, long sequence, T payload) {
        eventStore.publish(new GenericDomainEventMessage<>("StrategyEdition", aggregateId, sequence, payload));
    }

    protected static Change change(String date) {
        return new Change(LocalDate.parse(date), "editor", "as published", null, ChangeKind.REVISION);
    }

    /** GETs {@code path} logged in as {@code user} (password = name), or as nobody when null. */
    protected HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET());
    }

    protected HttpResponse<String> post(String path, String user) {
        return send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()));
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return StrategyJson.mapper().readTree(response.body());
    }

    protected HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every segment of the projection has passed every event in the store. */
    protected void awaitCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            long stored = jdbc.sql("select coalesce(max(global_index), -1) from public.domain_event_entry")
                    .query(Long.class).single();
            if (positions.position(EditionProjection.GROUP) >= stored) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the projection did not catch up with position " + stored + ": "
                        + positions.segments(EditionProjection.GROUP));
            }
            Thread.sleep(50);
        }
    }
}
