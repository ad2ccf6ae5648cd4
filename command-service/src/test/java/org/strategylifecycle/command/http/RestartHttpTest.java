package org.strategylifecycle.command.http;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategylifecycle.command.CommandServiceApplication;
import org.strategylifecycle.devdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** Editions live in the event store, not in the process: a new process on the same database rebuilds them. */
class RestartHttpTest {

    private static final String GOAL = """
            {"number": "%s", "title": "Goal %s", "effectiveDate": "2024-01-01"}""";

    private final TestDatabase.Connection database = TestDatabase.create("restart");

    @Test
    void editionRecordedBeforeARestartIsRehydratedAfterIt() {
        String goals = "/api/strategies/s-restart/goals";
        try (ConfigurableApplicationContext first = start()) {
            Api editor = new Api(port(first), "editor");
            assertThat(editor.post("/api/strategies", """
                    {"strategyId": "s-restart", "title": "OPR Strategy 2024–2028",
                     "organization": {"code": "OPR", "name": "Office of Professional Responsibility", "parentCode": "CBP"},
                     "period": {"label": "2024–2028", "fromYear": 2024, "toYear": 2028}, "effectiveDate": "2024-01-01"}""")
                    .status()).isEqualTo(201);
            assertThat(editor.post(goals, GOAL.formatted("1", "1")).version()).isEqualTo(1);
        }
        try (ConfigurableApplicationContext second = start()) {
            Api editor = new Api(port(second), "editor");
            Api.Answer stale = editor.post(goals, GOAL.formatted("2", "2"), "If-Match", "\"0\"");
            assertThat(stale.status()).isEqualTo(412);
            assertThat(stale.code()).isEqualTo("VERSION_MISMATCH");
            Api.Answer taken = editor.post(goals, GOAL.formatted("1", "one again"), "If-Match", "\"1\"");
            assertThat(taken.status()).isEqualTo(409);
            assertThat(taken.code()).isEqualTo("NUMBER_TAKEN");
            Api.Answer current = editor.post(goals, GOAL.formatted("2", "2"), "If-Match", "\"1\"");
            assertThat(current.status()).isEqualTo(201);
            assertThat(current.version()).isEqualTo(2);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandServiceApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password());
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
