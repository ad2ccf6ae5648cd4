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
 * A real Axon Server SE, the jar named by {@code AXONSERVER_JAR}, started with {@code java -jar} in a
 * fresh working directory on free ports. Tests that need it are skipped, saying how to enable them,
 * when the variable is unset. It binds its gRPC port on every interface: run such tests in a network
 * namespace with only loopback ({@code unshare -n}).
 */
final class AxonServerProcess implements AutoCloseable {

    private static final String JAR = "AXONSERVER_JAR";

    private final Process process;
    private final int grpcPort;
    private final Path log;

    private AxonServerProcess(Process process, int grpcPort, Path log) {
        this.process = process;
        this.grpcPort = grpcPort;
        this.log = log;
    }

    /** Why tests that need Axon Server are skipped, and how to run them. */
    static final String UNAVAILABLE = "Axon Server tests need AXONSERVER_JAR naming an Axon Server SE 4.6 jar (built "
            + "from AxonIQ's public axon-server-se source, release 4.6.11); run them in a network namespace with only "
            + "loopback (unshare -n). Skipped.";

    /** Whether an Axon Server jar is named. */
    static boolean available() {
        String jar = System.getenv(JAR);
        return jar != null && !jar.isBlank() && Files.isRegularFile(Path.of(jar));
    }

    /** Skips the calling test unless an Axon Server jar is named. */
    static void assumeAvailable() {
        Assumptions.assumeTrue(available(), UNAVAILABLE);
    }

    static AxonServerProcess start(String name) throws Exception {
        assumeAvailable();
        Path jar = Path.of(System.getenv(JAR));
        Path dir = Files.createTempDirectory("axonserver-" + name);
        Path logs = Path.of(System.getProperty("logs.dir", "target/service-logs"));
        Files.createDirectories(logs);
        Path log = logs.resolve(name + "-axonserver.log");
        int http = ServiceProcess.freePort();
        int grpc = ServiceProcess.freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-Daxoniq.axonserver.name=" + name,
                "-Daxoniq.axonserver.hostname=localhost", "-Dserver.port=" + http, "-Daxoniq.axonserver.port=" + grpc,
                "-jar", jar.toAbsolutePath().toString()))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AxonServerProcess server = new AxonServerProcess(process, grpc, log);
        server.awaitUp(http, Duration.ofMinutes(2));
        return server;
    }

    /** The environment that points a service at this server. */
    Map<String, String> environment() {
        return Map.of("AXON_SERVER_ENABLED", "true", "AXON_SERVER_ADDRESS", "localhost:" + grpcPort);
    }

    private void awaitUp(int http, Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Axon Server stopped during start-up; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + http + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Axon Server was not up within " + timeout + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
