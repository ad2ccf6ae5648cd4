package org.strategylifecycle.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Axon Server SE, the jar named by {@code AXONSERVER_JAR} (built from AxonIQ's public source,
 * never committed), in a working directory of its own on free ports. SE binds its gRPC port on every
 * interface: run these tests in a network namespace that has only the loopback interface
 * ({@code unshare -n}, docs/reliability.md).
 */
final class AxonServerProcess implements AutoCloseable {

    static final String JAR_VARIABLE = "AXONSERVER_JAR";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jar;
    private final Path home;
    private final int httpPort;
    private final int grpcPort;
    private Process process;

    private AxonServerProcess(Path jar, Path home, int httpPort, int grpcPort) {
        this.jar = jar;
        this.home = home;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
    }

    static AxonServerProcess start(Path jar) throws IOException, InterruptedException {
        AxonServerProcess server = new AxonServerProcess(jar, Files.createTempDirectory("axonserver"), freePort(), freePort());
        server.start();
        return server;
    }

    /** Starts (again) on the same ports and the same data: a restart keeps every event. */
    void start() throws IOException, InterruptedException {
        Path logs = Path.of(System.getProperty("logs.dir", "target/service-logs"));
        Files.createDirectories(logs);
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + httpPort, "--axoniq.axonserver.port=" + grpcPort,
                "--axoniq.axonserver.name=faults-axonserver", "--axoniq.axonserver.hostname=localhost"))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("axonserver.log").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Axon Server stopped during start-up; see " + logs.resolve("axonserver.log"));
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
        throw new IllegalStateException("Axon Server did not become healthy in 3 minutes");
    }

    /** The address the services' connector uses ({@code AXON_SERVER_ADDRESS}). */
    String address() {
        return "localhost:" + grpcPort;
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
