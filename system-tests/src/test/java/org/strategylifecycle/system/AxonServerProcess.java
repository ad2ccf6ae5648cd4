package org.strategylifecycle.system;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Axon Server SE, the jar named by {@code AXONSERVER_JAR} (built from AxonIQ's public source,
 * never committed), in a working directory of its own on free ports. Tests that need it are skipped,
 * saying how to enable them, when the variable is unset. SE binds its gRPC port on every interface:
 * run these tests in a network namespace that has only the loopback interface ({@code unshare -n},
 * docs/testing.md).
 */
final class AxonServerProcess implements AutoCloseable {

    private static final String JAR = "AXONSERVER_JAR";

    /** Why tests that need Axon Server are skipped, and how to run them. */
    static final String UNAVAILABLE = "Axon Server tests need AXONSERVER_JAR naming an Axon Server SE 4.6 jar (built "
            + "from AxonIQ's public axon-server-se source, release 4.6.11, module axonserver); run them in a network "
            + "namespace with only loopback (unshare -n). Skipped.";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final Path home;
    private final Path log;
    private final int httpPort;
    private final int grpcPort;
    private Process process;

    private AxonServerProcess(String name, Path jar, Path home, Path log, int httpPort, int grpcPort) {
        this.name = name;
        this.jar = jar;
        this.home = home;
        this.log = log;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
    }

    /** Whether an Axon Server jar is named. */
    static boolean available() {
        String jar = System.getenv(JAR);
        return jar != null && !jar.isBlank() && Files.isRegularFile(Path.of(jar));
    }

    /** Skips the calling test unless an Axon Server jar is named. */
    static void assumeAvailable() {
        Assumptions.assumeTrue(available(), UNAVAILABLE);
    }

    /** Starts a fresh server named {@code name}; skips the calling test when no jar is named. */
    static AxonServerProcess start(String name) throws IOException, InterruptedException {
        assumeAvailable();
        Path logs = Path.of(System.getProperty("logs.dir", "target/service-logs"));
        Files.createDirectories(logs);
        AxonServerProcess server = new AxonServerProcess(name, Path.of(System.getenv(JAR)).toAbsolutePath(),
                Files.createTempDirectory("axonserver-" + name), logs.resolve(name + "-axonserver.log"),
                ServiceProcess.freePort(), ServiceProcess.freePort());
        server.start();
        return server;
    }

    /** Starts (again) on the same ports and the same data: a restart keeps every event. */
    void start() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + httpPort, "--axoniq.axonserver.port=" + grpcPort,
                "--axoniq.axonserver.name=" + name, "--axoniq.axonserver.hostname=localhost"))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Axon Server stopped during start-up; see " + log);
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + httpPort + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Axon Server did not become healthy in 3 minutes; see " + log);
    }

    /** The address the services' connector uses ({@code AXON_SERVER_ADDRESS}). */
    String address() {
        return "localhost:" + grpcPort;
    }

    /** Axon Server's gRPC port on loopback, for clients of its own (the connector, a forger). */
    int grpcPort() {
        return grpcPort;
    }

    /** The environment that points a service at this server. */
    Map<String, String> environment() {
        return Map.of("AXON_SERVER_ENABLED", "true", "AXON_SERVER_ADDRESS", address());
    }

    /** Ends the process at once, as a crash or a lost network would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
