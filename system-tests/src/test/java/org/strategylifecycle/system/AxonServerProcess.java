package org.strategylifecycle.system;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;
import org.strategylifecycle.api.common.StrategyJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real Axon Server SE, started from the jar that {@code AXONSERVER_JAR} names, in a fresh working
 * directory of its own (it writes {@code ./data} and {@code ./plugins} there), on free ports, with
 * access control on, as docker-compose.yml runs it, and the tokens {@link #TOKEN} (applications) and
 * an admin token. Tests that need one are skipped, saying how to get a jar, without the variable.
 * Axon Server SE binds its ports on every interface, so run these tests inside a network namespace
 * that has only the loopback interface (docs/operations.md, "Tests against Axon Server").
 */
final class AxonServerProcess implements AutoCloseable {

    static final String TOKEN = "strategy-test-application-token";
    private static final String ADMIN_TOKEN = "strategy-test-admin-token";
    private static final String HOW_TO_GET_ONE = "set AXONSERVER_JAR to an Axon Server SE 4.6.11 jar to run the tests against a "
            + "real Axon Server. Build one from AxonIQ's public source: git clone -b axonserver-se-4.6.11 "
            + "https://github.com/AxonIQ/axon-server-se && cd axon-server-se && mvn -pl axonserver -am -DskipTests "
            + "-Dskip.npm -Dlicense.skipAddThirdParty=true package (the jar is axonserver/target/axonserver-4.6.11-exec.jar); never "
            + "commit it. Run inside `unshare -n` (docs/operations.md): Axon Server SE binds every interface.";
    /** Why tests that need Axon Server are skipped, and how to run them. */
    static final String UNAVAILABLE = "AXONSERVER_JAR is not set or names no file: " + HOW_TO_GET_ONE;
    private static final Duration START_UP = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jar;
    private final Path workDir;
    private final Path log;
    private final int httpPort;
    private final int grpcPort;
    private Process process;

    private AxonServerProcess(Path jar, Path workDir, Path log, int httpPort, int grpcPort) {
        this.jar = jar;
        this.workDir = workDir;
        this.log = log;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
    }

    /** Whether {@code AXONSERVER_JAR} names a file. */
    static boolean available() {
        String named = System.getenv("AXONSERVER_JAR");
        return named != null && !named.isBlank() && Files.isRegularFile(Path.of(named));
    }

    /** Skips the calling test, saying how to get a jar, unless {@code AXONSERVER_JAR} names one. */
    static void assumeAvailable() {
        Assumptions.assumeTrue(available(), UNAVAILABLE);
    }

    /**
     * Starts Axon Server in a new temporary directory and waits until it is ready; {@code name} names
     * its log in target/service-logs. Skips the calling test when no jar is named.
     */
    static AxonServerProcess start(String name) throws IOException, InterruptedException {
        assumeAvailable();
        Path jar = Path.of(System.getenv("AXONSERVER_JAR")).toAbsolutePath();
        Path logs = Path.of(System.getProperty("logs.dir", "target/service-logs"));
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        Files.deleteIfExists(log);
        AxonServerProcess server = new AxonServerProcess(jar, Files.createTempDirectory("axonserver-"), log,
                ServiceProcess.freePort(), ServiceProcess.freePort());
        server.launch();
        return server.awaitReady(START_UP);
    }

    /** How a service reaches this Axon Server: its environment, as in docker-compose.yml. */
    Map<String, String> environment() {
        return Map.of("AXON_SERVER_ENABLED", "true",
                "AXON_SERVER_ADDRESS", address(),
                "AXON_SERVER_TOKEN", TOKEN);
    }

    /** The address the services' connector uses ({@code AXON_SERVER_ADDRESS}). */
    String address() {
        return "localhost:" + grpcPort;
    }

    /** Axon Server's gRPC port on loopback, for clients of its own (the connector, a forger). */
    int grpcPort() {
        return grpcPort;
    }

    /** The global index of the newest event (-1 for none), from Axon Server's own health, which needs no token. */
    long lastEvent() throws IOException, InterruptedException {
        JsonNode health = StrategyJson.mapper().readTree(get("/actuator/health", null).body());
        return health.path("components").path("localEventStore").path("details").path("default.lastEvent").asLong();
    }

    AxonServerProcess awaitReady(Duration timeout) {
        try {
            await("Axon Server ready").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .failFast("Axon Server stopped during start-up", () -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .until(() -> get("/actuator/health", null).statusCode() == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new IllegalStateException(e.getMessage() + ":\n" + logTail(), e);
        }
        return this;
    }

    /** Ends the process at once, as a crash would; {@link #restart()} starts it again on the same files. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException("Axon Server still runs");
        }
        launch();
    }

    /**
     * The events Axon Server holds for one aggregate, in order, read through its REST API (as an
     * operator would, with the application token). Every event from the first: without
     * {@code allowSnapshots=false} Axon Server answers with the latest snapshot and the events after it.
     */
    List<JsonNode> events(String aggregateId) throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/v1/events?aggregateId=" + aggregateId + "&allowSnapshots=false&timeout=10",
                TOKEN);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET /v1/events answered " + answer.statusCode() + ": " + answer.body());
        }
        List<JsonNode> events = new ArrayList<>();
        for (String line : answer.body().split("\n")) {
            if (line.startsWith("data:")) {
                events.add(StrategyJson.mapper().readTree(line.substring("data:".length())));
            }
        }
        return events;
    }

    /** GET on Axon Server's HTTP port, with {@code token} as AxonIQ-Access-Token unless null. */
    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("AxonIQ-Access-Token", token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Stops Axon Server and deletes its working directory, with the events it held. */
    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            ServiceProcess.stop(process);
        }
        FileSystemUtils.deleteRecursively(workDir.toFile());
    }

    String logTail() {
        return ServiceProcess.tail(log, 40);
    }

    private void launch() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(List.of(java, "-Xms64m", "-Xmx384m",
                "-Dserver.port=" + httpPort,
                "-Daxoniq.axonserver.port=" + grpcPort,
                "-Daxoniq.axonserver.name=strategy-test",
                "-Daxoniq.axonserver.hostname=localhost",
                "-Daxoniq.axonserver.accesscontrol.enabled=true",
                "-Daxoniq.axonserver.accesscontrol.token=" + TOKEN,
                "-Daxoniq.axonserver.accesscontrol.admin-token=" + ADMIN_TOKEN,
                "-jar", jar.toString()))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }
}
