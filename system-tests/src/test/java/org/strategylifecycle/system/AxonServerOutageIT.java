package org.strategylifecycle.system;

import org.junit.jupiter.api.Test;
import org.strategylifecycle.devdb.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon Server out of reach, for real: commands are answered 503 {@code EVENT_STORE_UNAVAILABLE} with
 * {@code Retry-After} at once, the read models keep answering, both services' health is 503 with the
 * event store DOWN, and when Axon Server is back both services carry on without a restart. Skipped
 * unless {@code AXONSERVER_JAR} names an Axon Server SE jar (docs/reliability.md says how to build one).
 */
class AxonServerOutageIT {

    private static final String CBP = """
            {"code": "CBP", "name": "U.S. Customs and Border Protection", "parentCode": "DHS"}""";

    @Test
    void anUnreachableAxonServerIsA503AndBothServicesRecoverWithoutARestart() throws Exception {
        try (AxonServerProcess axon = AxonServerProcess.start("axonoutage")) {
            TestDatabase.Connection database = TestDatabase.create("axonoutage");
            Map<String, String> env = axon.environment();
            try (ServiceProcess command = ServiceProcess.start("axonoutage-command-service", ServiceProcess.COMMAND_JAR, database, env)
                    .awaitHealthy(Duration.ofMinutes(3));
                 ServiceProcess query = ServiceProcess.start("axonoutage-query-service", ServiceProcess.QUERY_JAR, database, env)
                         .awaitHealthy(Duration.ofMinutes(3))) {
                Api editor = new Api(command.port(), "editor");
                Api viewer = new Api(query.port(), "viewer");
                long version = editor.accepted("/api/strategies", draft("before-the-outage")).version();
                viewer.read("/api/strategies/before-the-outage?minVersion=" + version);

                axon.kill();
                Thread.sleep(2_000);
                long sent = System.nanoTime();
                Api.Answer refused = editor.post("/api/strategies", draft("during-the-outage"));
                long refusedIn = Duration.ofNanos(System.nanoTime() - sent).toMillis();
                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.code()).isEqualTo("EVENT_STORE_UNAVAILABLE");
                assertThat(refused.header("Retry-After")).isNotBlank();
                assertThat(viewer.get("/api/strategies/before-the-outage").status()).as("the read models still answer").isEqualTo(200);
                Api.Answer queryHealth = viewer.get("/actuator/health");
                assertThat(queryHealth.status()).isEqualTo(503);
                assertThat(queryHealth.json().at("/components/eventStore/status").asString()).isEqualTo("DOWN");
                Api.Answer commandHealth = editor.get("/actuator/health");
                assertThat(commandHealth.status()).isEqualTo(503);
                assertThat(commandHealth.json().at("/components/eventStore/status").asString()).isEqualTo("DOWN");

                axon.start();
                long back = System.nanoTime();
                Api.Answer accepted = editor.post("/api/strategies", draft("after-the-outage"));
                while (accepted.status() == 503 && Duration.ofNanos(System.nanoTime() - back).toMinutes() < 3) {
                    Thread.sleep(250);
                    accepted = editor.post("/api/strategies", draft("after-the-outage"));
                }
                long acceptedAfter = Duration.ofNanos(System.nanoTime() - back).toMillis();
                assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
                // The processor retries with Axon's backoff, doubling from 1 s up to 60 s while the server is away.
                String projected = "/api/strategies/after-the-outage?minVersion=" + accepted.version();
                while (viewer.get(projected).status() != 200 && Duration.ofNanos(System.nanoTime() - back).toMinutes() < 3) {
                    Thread.sleep(250);
                }
                assertThat(viewer.get(projected).status()).isEqualTo(200);
                long projectedAfter = Duration.ofNanos(System.nanoTime() - back).toMillis();
                String figures = "Axon Server killed: a command was refused 503 EVENT_STORE_UNAVAILABLE in %d ms, "
                        .formatted(refusedIn) + "reads answered, health 503 with the event store DOWN; once Axon Server was up "
                        + "again, commands were accepted after %d ms and projected after %d ms, no restart"
                        .formatted(acceptedAfter, projectedAfter);
                System.out.println("FAULTS " + figures);
                Files.writeString(Path.of(System.getProperty("logs.dir", "target/service-logs"))
                        .resolveSibling("axonserver-outage-figures.txt"), figures + "\n");
            }
        }
    }

    private static String draft(String id) {
        return """
                {"strategyId": "%s", "title": "Outage %s", "organization": %s,
                 "period": {"label": "2024–2028", "fromYear": 2024, "toYear": 2028}, "effectiveDate": "2024-01-01"}"""
                .formatted(id, id, CBP);
    }
}
