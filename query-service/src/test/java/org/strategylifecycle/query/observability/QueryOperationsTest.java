package org.strategylifecycle.query.observability;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.query.EventStoreDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * query-service as an operator sees it, over real HTTP on real PostgreSQL (logged in as viewer): the
 * request id of the command that recorded an event in the projection's log lines, the processors' meters on
 * /actuator/prometheus, and a health that goes DOWN once a processor is in error. A probe processor
 * of this test fails on one event, as a projection with a bug would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.strategylifecycle.query.observability=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueryOperationsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        EventStoreDatabase.register(registry, "queryops");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void projectionLogsCarryTheRequestIdOfTheCommandThatRecordedTheEvent(CapturedOutput output) throws Exception {
        publish("ops-1", Map.of("requestId", "req-q-7"));

        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from query.strategy where strategy_id = 'ops-1'")
                .query(Long.class).single() == 1);
        await().atMost(WAIT).until(() -> output.getAll().contains("editions applied StrategyDrafted ops-1/0"));
        String line = output.getAll().lines().filter(l -> l.contains("editions applied StrategyDrafted ops-1/0"))
                .findFirst().orElseThrow();
        assertThat(line).contains("[req-q-7]");
    }

    @Test
    @Order(2)
    void requestIdIsEchoedAndNamedInProblemDetails() throws Exception {
        HttpResponse<String> missing = get("/api/strategies/no-such-edition", "X-Request-Id", "req-q-404");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("X-Request-Id")).contains("req-q-404");
        assertThat(JSON.readTree(missing.body()).path("requestId").asString()).isEqualTo("req-q-404");
    }

    @Test
    @Order(3)
    void prometheusShowsPositionLagAndReplayProgressPerProcessingGroup() throws Exception {
        publish("ops-2", Map.of());
        long head = jdbc.sql("select max(global_index) from public.domain_event_entry").query(Long.class).single();
        await().atMost(WAIT)
                .until(() -> scrape().contains("strategy_processor_position{processor=\"editions\"} " + head + ".0"));

        String metrics = scrape();
        assertThat(metrics).contains("strategy_eventstore_head " + head + ".0")
                .contains("strategy_processor_lag{processor=\"editions\"} 0.0")
                .contains("strategy_processor_replaying{processor=\"editions\"} 0.0")
                .contains("strategy_processor_replay_progress{processor=\"editions\"} 1.0")
                .contains("strategy_processor_segments{processor=\"editions\"} 2.0")
                .contains("strategy_processor_segments_error{processor=\"probe\"} 0.0");
    }

    @Test
    @Order(4)
    void healthGoesDownWhileAProcessorIsInError() throws Exception {
        JsonNode healthy = JSON.readTree(get("/actuator/health").body());
        assertThat(healthy.path("status").asString()).isEqualTo("UP");
        assertThat(healthy.path("components").path("eventProcessors").path("status").asString()).isEqualTo("UP");
        assertThat(healthy.path("components").path("eventStore").path("status").asString()).isEqualTo("UP");
        assertThat(healthy.path("components").path("db").path("status").asString()).isEqualTo("UP");

        publish(FailingProbe.REFUSED, Map.of());

        await().atMost(WAIT).until(() -> get("/actuator/health").statusCode() == 503);
        JsonNode down = JSON.readTree(get("/actuator/health").body());
        assertThat(down.path("status").asString()).isEqualTo("DOWN");
        assertThat(down.path("components").path("eventProcessors").path("status").asString()).isEqualTo("DOWN");
        assertThat(down.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(scrape()).contains("strategy_processor_segments_error{processor=\"probe\"} 1.0");
    }

    @Test
    @Order(5)
    void anEventThatCannotBeAppliedIsParkedAndLoggedWithItsRequestId(CapturedOutput output) throws Exception {
        publish("ops-3", Map.of());
        eventStore.publish(new GenericDomainEventMessage<>("StrategyEdition", "ops-3", 1, new GoalRevised("ops-3",
                "goal-9", "9", "A goal never added", null, null,
                new Change(LocalDate.parse("2024-02-01"), "editor", null, null, ChangeKind.REVISION)))
                .andMetaData(Map.of("requestId", "req-q-bad")));

        await().atMost(WAIT).until(() -> output.getAll().contains("event 1 of ops-3 at position"));
        String line = output.getAll().lines().filter(l -> l.contains("event 1 of ops-3 at position"))
                .findFirst().orElseThrow();
        assertThat(line).contains("ERROR").contains("[req-q-bad]").contains("cannot be applied and is parked")
                .contains("unknown element ops-3/goal-9");
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from query.dead_letter_entry"
                + " where sequence_identifier = 'ops-3'").query(Long.class).single() == 1);
    }

    private void publish(String strategyId, Map<String, ?> metadata) {
        eventStore.publish(new GenericDomainEventMessage<>("StrategyEdition", strategyId, 0, new StrategyDrafted(strategyId,
                null, "Ops Strategy", new Organization("CBP", "U.S. Customs and Border Protection", "DHS"),
                new Period("2024–2028", 2024, 2028), false,
                new Change(LocalDate.parse("2024-01-01"), "editor", null, null, ChangeKind.REVISION))).andMetaData(metadata));
    }

    private String scrape() {
        return get("/actuator/prometheus").body();
    }

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A processor that fails on one edition and lets the failure reach its processor. */
    @TestConfiguration
    static class ProbeConfig {

        @Bean
        FailingProbe failingProbe() {
            return new FailingProbe();
        }

        @Bean
        ConfigurerModule probePropagatesErrors() {
            return configurer -> configurer.eventProcessing()
                    .registerListenerInvocationErrorHandler(FailingProbe.GROUP, c -> PropagatingErrorHandler.instance());
        }
    }

    @ProcessingGroup(FailingProbe.GROUP)
    static class FailingProbe {

        static final String GROUP = "probe";
        static final String REFUSED = "ops-boom";

        @EventHandler
        void on(StrategyDrafted event) {
            if (event.strategyId().equals(REFUSED)) {
                throw new IllegalStateException("the probe cannot project " + REFUSED);
            }
        }
    }
}
