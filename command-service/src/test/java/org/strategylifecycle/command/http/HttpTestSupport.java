package org.strategylifecycle.command.http;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.command.PostgresTest;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring context the HTTP tests share (same configuration, so Spring caches it): the whole
 * application on a random port over a fresh PostgreSQL database. Tests use ids of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class HttpTestSupport {

    static final String COMMAND_URL = "http://localhost:8081";
    static final String QUERY_URL = "http://localhost:8082";
    static final String ORGANIZATION = """
            {"code": "CBP", "name": "U.S. Customs and Border Protection", "parentCode": "DHS"}""";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTest.register(registry, "http");
        // The local defaults, whatever the environment says: the published OpenAPI description names them.
        registry.add("strategy.public-url.command", () -> COMMAND_URL);
        registry.add("strategy.public-url.query", () -> QUERY_URL);
        // Snapshots often, so that every HTTP test's editions take some (SnapshotHttpTest).
        registry.add("strategy.snapshot.edition-events", () -> "10");
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api editor;

    @BeforeEach
    void logIn() {
        editor = new Api(port, "editor");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** Keyed requests the events remember: distinct (aggregate, user, key) in the events' metadata. */
    long recordedKeys() {
        return jdbc.queryForObject("""
                select count(*) from (
                  select distinct aggregate_identifier, m ->> 'idempotencyUser', m ->> 'idempotencyKey'
                  from (select aggregate_identifier, convert_from(meta_data, 'UTF8')::jsonb m from domain_event_entry) e
                  where m ? 'idempotencyKey') k""", Long.class);
    }

    /** The metadata of the newest event of an aggregate, as stored. */
    JsonNode lastMetaData(String aggregateId) {
        return StrategyJson.mapper().readTree(jdbc.queryForObject("""
                select convert_from(meta_data, 'UTF8') from domain_event_entry
                where aggregate_identifier = ? order by sequence_number desc limit 1""", String.class, aggregateId));
    }

    /** Drafts an edition covering {@code fromYear} to {@code toYear}, optionally in a line, and answers its id. */
    String draft(String lineId, int fromYear, int toYear) {
        String id = unique("s");
        Api.Answer drafted = editor.post("/api/strategies", """
                {"strategyId": "%s", %s "title": "CBP Strategy %d–%d", "organization": %s,
                 "period": {"label": "%d–%d", "fromYear": %d, "toYear": %d}, "effectiveDate": "%d-01-01"}"""
                .formatted(id, lineId == null ? "" : "\"lineId\": \"" + lineId + "\",", fromYear, toYear,
                        ORGANIZATION, fromYear, toYear, fromYear, toYear, fromYear));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        return id;
    }

    /** Adds a goal numbered {@code number}, effective on {@code effectiveDate} (yyyy-MM-dd), and answers its id. */
    String goal(String strategyId, String number, String effectiveDate) {
        String id = unique("goal");
        Api.Answer added = editor.post("/api/strategies/" + strategyId + "/goals", """
                {"elementId": "%s", "number": "%s", "title": "Goal %s", "effectiveDate": "%s"}"""
                .formatted(id, number, number, effectiveDate));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return id;
    }
}
