package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees of a command: its request id in the response, in the stored events' metadata
 * and in a refusal's problem detail; the command meters on /actuator/prometheus; and a health that
 * names the database and the event store.
 */
class ObservabilityHttpTest extends HttpTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void requestIdOfTheClientIsEchoedAndStoredInTheEventsMetadata() {
        String strategy = draft(null, 2024, 2028);
        Api.Answer added = editor.post("/api/strategies/" + strategy + "/goals", """
                {"number": "1", "title": "Mission", "effectiveDate": "2024-02-01"}""", "X-Request-Id", "req-obs-42");

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("X-Request-Id")).isEqualTo("req-obs-42");
        JsonNode metadata = metadataOf(strategy, 1);
        assertThat(metadata.path("requestId").asString()).isEqualTo("req-obs-42");
        assertThat(metadata.path("correlationId").asString()).as("Axon's own origin ids stay").isNotBlank();
    }

    @Test
    void requestWithoutIdGetsOneThatTheEventsCarry() {
        String strategy = unique("s");
        Api.Answer drafted = editor.post("/api/strategies", """
                {"strategyId": "%s", "title": "CBP Strategy 2024–2028", "organization": %s,
                 "period": {"label": "2024–2028", "fromYear": 2024, "toYear": 2028}, "effectiveDate": "2024-01-01"}"""
                .formatted(strategy, ORGANIZATION));

        assertThat(drafted.status()).isEqualTo(201);
        assertThat(drafted.header("X-Request-Id")).matches(UUID);
        assertThat(metadataOf(strategy, 0).path("requestId").asString()).isEqualTo(drafted.header("X-Request-Id"));
    }

    @Test
    void refusalNamesItsRequestIdAndAnIdUnfitForLogsIsReplaced() {
        String strategy = draft(null, 2024, 2028);
        goal(strategy, "1", "2024-02-01");
        Api.Answer taken = editor.post("/api/strategies/" + strategy + "/goals", """
                {"number": "1", "title": "Again", "effectiveDate": "2024-02-01"}""", "X-Request-Id", "req-obs-taken");
        Api.Answer unfit = editor.post("/api/strategies/" + strategy + "/goals", """
                {"number": "1", "title": "Again", "effectiveDate": "2024-02-01"}""", "X-Request-Id", "two words");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("requestId").asString()).isEqualTo("req-obs-taken");
        assertThat(taken.header("X-Request-Id")).isEqualTo("req-obs-taken");
        assertThat(unfit.header("X-Request-Id")).matches(UUID);
        assertThat(unfit.json().path("requestId").asString()).isEqualTo(unfit.header("X-Request-Id"));
        Api.Answer anonymous = editor.as(null).post("/api/strategies", "{}", "X-Request-Id", "req-obs-anon");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("requestId").asString()).isEqualTo("req-obs-anon");
    }

    @Test
    void prometheusShowsCommandRatesFailuresByCodeAndLatency() {
        String strategy = draft(null, 2024, 2028);
        goal(strategy, "1", "2024-02-01");
        editor.post("/api/strategies/" + strategy + "/goals", """
                {"number": "1", "title": "Again", "effectiveDate": "2024-02-01"}""");

        Api.Answer scrape = editor.send(editor.request("/actuator/prometheus").GET());
        assertThat(scrape.status()).isEqualTo(200);
        String metrics = scrape.response().body();
        assertThat(metrics).containsPattern(
                "strategy_commands_seconds_count\\{[^}]*code=\"none\",command=\"AddGoal\",[^}]*outcome=\"accepted\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern(
                "strategy_commands_seconds_count\\{[^}]*code=\"NUMBER_TAKEN\",command=\"AddGoal\",[^}]*outcome=\"refused\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("strategy_commands_seconds_bucket\\{[^}]*command=\"DraftStrategy\",[^}]*le=\"0\\.1\"");
        assertThat(metrics).contains("strategy_commands_seconds_sum{");
    }

    @Test
    void healthNamesTheDatabaseAndTheEventStore() {
        Api.Answer health = editor.as(null).send(editor.as(null).request("/actuator/health").GET());

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("eventStore").path("status").asString()).isEqualTo("UP");
        Api.Answer undetailed = editor.send(editor.request("/actuator/health").GET());
        assertThat(undetailed.json().path("components").path("eventStore").has("details")).isFalse();
        Api admin = editor.as("admin");
        Api.Answer detailed = admin.send(admin.request("/actuator/health").GET());
        assertThat(detailed.json().path("components").path("eventStore").path("details").path("store").asString())
                .isEqualTo("EmbeddedEventStore");
    }

    private JsonNode metadataOf(String aggregate, long sequence) {
        String metadata = jdbc.queryForObject("""
                select convert_from(meta_data, 'UTF8') from domain_event_entry
                where aggregate_identifier = ? and sequence_number = ?""", String.class, aggregate, sequence);
        return JSON.readTree(metadata);
    }
}
