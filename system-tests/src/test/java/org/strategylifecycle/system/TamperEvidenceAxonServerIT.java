package org.strategylifecycle.system;

import io.axoniq.axonserver.connector.AxonServerConnectionFactory;
import io.axoniq.axonserver.connector.event.AggregateEventStream;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.impl.ServerAddress;
import io.axoniq.axonserver.grpc.event.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strategylifecycle.devdb.TestDatabase;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The chains with Axon Server as the event store: command-service's jar against a real Axon Server
 * SE (AXONSERVER_JAR) and PostgreSQL for the chain table. Events are chained as Axon Server stores
 * them, the keeper links them, the verifier reads Axon Server's events directly (over HTTP and from the
 * command line); an event written into Axon Server behind the service's back is named. Skipped
 * without AXONSERVER_JAR; run it inside its own network namespace (Axon Server listens on every
 * interface): {@code unshare -n bash -c 'ip link set lo up; AXONSERVER_JAR=... ./mvnw -o verify ...'}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperEvidenceAxonServerIT {

    private static final String EDITION = "as-chain-2024";

    private AxonServerProcess axonServer;
    private int grpcPort;
    private TestDatabase.Connection database;
    private ServiceProcess command;
    private Api editor;
    private Api auditor;

    @BeforeAll
    void start() throws Exception {
        axonServer = AxonServerProcess.start("chain-it");
        grpcPort = axonServer.grpcPort();

        database = TestDatabase.create("aschain");
        command = ServiceProcess.start("aschain-command-service", ServiceProcess.COMMAND_JAR, database,
                axonServer.environment())
                .awaitHealthy(Duration.ofMinutes(3));
        editor = new Api(command.port(), "editor");
        auditor = new Api(command.port(), "auditor");
        editor.accepted("/api/strategies", """
                {"strategyId": "%s", "title": "Chain on Axon Server", "organization": {"code": "CBP", "name": "CBP"},
                 "period": {"label": "2024–2028", "fromYear": 2024, "toYear": 2028}, "effectiveDate": "2024-01-01"}"""
                .formatted(EDITION));
        for (int goal = 1; goal <= 3; goal++) {
            editor.accepted("/api/strategies/" + EDITION + "/goals", """
                    {"elementId": "g%d", "number": "%d", "title": "Goal %d", "effectiveDate": "2024-02-0%d"}"""
                    .formatted(goal, goal, goal, goal));
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (command != null) {
            command.close();
        }
        if (axonServer != null) {
            axonServer.close();
        }
    }

    @Test
    void eventsStoredInAxonServerAreChainedLinkedAndVerifiedThenAForgedOneIsNamed() throws Exception {
        JsonNode store = linkedStore();
        assertThat(store.get("intact").asBoolean()).as(store.toString()).isTrue();
        assertThat(store.get("linked").asLong()).isEqualTo(4);
        assertThat(store.get("verdict").asString()).startsWith("intact up to position 4 (global index 3), hash ");
        JsonNode edition = auditor.read("/api/verify/strategies/" + EDITION);
        assertThat(edition.get("intact").asBoolean()).as(edition.toString()).isTrue();
        assertThat(edition.get("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(cli("--strategy=" + EDITION).exitStatus()).isZero();

        String forged = forgeEvent();
        JsonNode tampered = auditor.read("/api/verify/strategies/" + EDITION);
        assertThat(tampered.get("intact").asBoolean()).isFalse();
        assertThat(tampered.at("/problem/eventIdentifier").asString()).isEqualTo(forged);
        assertThat(tampered.at("/problem/reason").asString()).contains("carries no chain hash");
        Cli fromTheCommandLine = cli();
        assertThat(fromTheCommandLine.exitStatus()).as(fromTheCommandLine.output()).isEqualTo(1);
        assertThat(fromTheCommandLine.output()).contains("NOT INTACT at event " + forged);
    }

    /** Appends a copy of the edition's second event as its next one, as someone with access to Axon Server could. */
    private String forgeEvent() throws Exception {
        AxonServerConnectionFactory factory = AxonServerConnectionFactory.forClient("forger")
                .routingServers(new ServerAddress("localhost", grpcPort)).token(AxonServerProcess.TOKEN).build();
        try {
            EventChannel events = factory.connect("default").eventChannel();
            AggregateEventStream stream = events.openAggregateStream(EDITION, false);
            List<Event> stored = new ArrayList<>();
            while (stream.hasNext()) {
                stored.add(stream.next());
            }
            Event copy = stored.get(1).toBuilder().clearMetaData()
                    .setMessageIdentifier(UUID.randomUUID().toString())
                    .setAggregateSequenceNumber(stored.size())
                    .build();
            events.appendEvents(copy).get(30, TimeUnit.SECONDS);
            return copy.getMessageIdentifier();
        } finally {
            factory.shutdown();
        }
    }

    private JsonNode linkedStore() {
        return await("four events linked").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> auditor.read("/api/verify"), store -> store.get("linked").asLong() >= 4);
    }

    private record Cli(int exitStatus, String output) {
    }

    /** The auditor's command-line check, as docs/tamper-evidence.md gives it, reading Axon Server directly. */
    private Cli cli(String... more) throws Exception {
        Path root = Path.of(System.getProperty("services.dir", ".."));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", root.resolve(ServiceProcess.COMMAND_JAR).toString(),
                "-Dloader.main=org.strategylifecycle.command.chain.VerifyMain",
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--jdbc-url=" + database.url(), "--user=" + database.user(), "--password=" + database.password(),
                "--axon-server=localhost:" + grpcPort, "--axon-server-token=" + AxonServerProcess.TOKEN));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Cli(process.exitValue(), output);
    }
}
