package org.strategylifecycle.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strategylifecycle.devdb.TestDatabase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two query-service processes (separate JVMs, {@code java -jar}) on one database share the editions
 * projection by its two segments, as the owners in {@code query.token_entry} show; when one dies,
 * the other claims its segment once the claim times out and keeps projecting new events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryTakeoverIT {

    private static final String CBP = """
            {"code": "CBP", "name": "U.S. Customs and Border Protection", "parentCode": "DHS"}""";

    private TestDatabase.Connection database;
    private ServiceProcess commandService;
    private ServiceProcess first;
    private ServiceProcess second;
    private Api editor;

    @BeforeAll
    void start() throws Exception {
        database = TestDatabase.create("takeover");
        commandService = ServiceProcess.start("takeover-command-service", ServiceProcess.COMMAND_JAR, database)
                .awaitHealthy(Duration.ofMinutes(3));
        first = ServiceProcess.start("takeover-query-service-1", ServiceProcess.QUERY_JAR, database);
        second = ServiceProcess.start("takeover-query-service-2", ServiceProcess.QUERY_JAR, database);
        first.awaitHealthy(Duration.ofMinutes(3));
        second.awaitHealthy(Duration.ofMinutes(3));
        editor = new Api(commandService.port(), "editor");
    }

    @AfterAll
    void stop() throws Exception {
        for (ServiceProcess process : new ServiceProcess[]{second, first, commandService}) {
            if (process != null) {
                process.close();
            }
        }
    }

    @Test
    void twoProcessesShareTheSegmentsAndTheSurvivorTakesOverWhenOneDies() throws Exception {
        EditionSegments.split(database, first, second);

        List<String> editions = draft("shared", 6);
        for (ServiceProcess process : List.of(first, second)) {
            Api viewer = new Api(process.port(), "viewer");
            for (String id : editions) {
                assertThat(viewer.read("/api/strategies/" + id + "?minVersion=1").at("/goals/0/title").asString())
                        .isEqualTo("Goal of " + id);
            }
        }
        Api.Answer refused = new Api(first.port(), "admin").post("/api/admin/projections/editions/rebuild", "");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("PROJECTION_BUSY");
        assertThat(new Api(first.port(), "viewer").read("/api/strategies").size()).isEqualTo(editions.size());

        second.kill();
        EditionSegments.await(database, "the survivor holds both segments",
                o -> o.size() == 2 && o.values().stream().allMatch(first::owns));
        List<String> later = draft("after", 6);
        Api viewer = new Api(first.port(), "viewer");
        for (String id : later) {
            assertThat(viewer.read("/api/strategies/" + id + "?minVersion=1").at("/goals/0/title").asString())
                    .isEqualTo("Goal of " + id);
        }
        var status = new Api(first.port(), "admin").read("/api/admin/projections/editions");
        assertThat(status.get("segments").valueStream().allMatch(s -> s.get("claimedHere").asBoolean())).isTrue();
        awaitCaughtUp(first);
    }

    /** Drafts {@code count} editions with a goal each through command-service; answers their ids. */
    private List<String> draft(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            editor.accepted("/api/strategies", """
                    {"strategyId": "%s", "title": "Edition %s", "organization": %s,
                     "period": {"label": "2024–2028", "fromYear": 2024, "toYear": 2028}, "effectiveDate": "2024-01-01"}"""
                    .formatted(id, id, CBP));
            editor.accepted("/api/strategies/" + id + "/goals", """
                    {"elementId": "goal-1", "number": "1", "title": "Goal of %s", "effectiveDate": "2024-01-01"}"""
                    .formatted(id));
            ids.add(id);
        }
        return ids;
    }

    /** Waits until every segment of the editions projection has passed the head of the event store. */
    private void awaitCaughtUp(ServiceProcess process) {
        Api admin = new Api(process.port(), "admin");
        await("caught up").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> admin.read("/api/admin/projections/editions").get("caughtUp").asBoolean());
    }
}
