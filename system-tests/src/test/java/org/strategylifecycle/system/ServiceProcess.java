package org.strategylifecycle.system;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.strategylifecycle.devdb.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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

import static org.awaitility.Awaitility.await;

/**
 * One service as it is deployed: its packaged jar started with {@code java -jar} in a JVM of its own,
 * configured through the environment like {@code ./run} does, its output in {@code target/service-logs}.
 */
final class ServiceProcess implements AutoCloseable {

    static final String COMMAND_JAR = "command-service/target/command-service.jar";
    static final String QUERY_JAR = "query-service/target/query-service.jar";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code jar} (relative to the project root) on a free port against {@code database}. */
    static ServiceProcess start(String name, String jar, TestDatabase.Connection database) throws IOException {
        return start(name, jar, database, freePort(), Map.of());
    }

    /** The same, with more environment variables (the service's own settings, as in docs/operations.md; e.g. {@link AxonServerProcess#environment()}). */
    static ServiceProcess start(String name, String jar, TestDatabase.Connection database, Map<String, String> environment)
            throws IOException {
        return start(name, jar, database, freePort(), environment);
    }

    /** Starts {@code jar} on {@code port} against {@code database}, with {@code environment} besides. */
    static ServiceProcess start(String name, String jar, TestDatabase.Connection database, int port,
                                Map<String, String> environment) throws IOException {
        Path root = Path.of(System.getProperty("services.dir", ".."));
        Path jarFile = root.resolve(jar);
        if (!Files.isRegularFile(jarFile)) {
            throw new IllegalStateException(jarFile + " is missing: these tests run in `./mvnw verify`, after packaging");
        }
        Path logs = Path.of(System.getProperty("logs.dir", "target/service-logs"));
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xms64m", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true",
                "-jar", jarFile.toString(), "--server.port=" + port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("STRATEGY_DB_URL", database.url());
        builder.environment().put("STRATEGY_DB_USER", database.user());
        builder.environment().put("STRATEGY_DB_PASSWORD", database.password());
        builder.environment().put("STRATEGY_DB_POOL_SIZE", "5");
        builder.environment().put("STRATEGY_QUERY_DB_POOL_SIZE", "5");
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.environment().putAll(environment);
        return new ServiceProcess(name, builder.start(), port, log);
    }

    int port() {
        return port;
    }

    /** The name Axon's token store records as a segment's owner: the JVM's {@code pid@host}. */
    boolean owns(String owner) {
        return owner != null && owner.startsWith(process.pid() + "@");
    }

    ServiceProcess awaitHealthy(Duration timeout) {
        try {
            await(name + " healthy").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .failFast(name + " stopped during start-up", () -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new IllegalStateException(e.getMessage() + ":\n" + logTail(), e);
        }
        return this;
    }

    /** Ends the process at once, as a crash would: it releases nothing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        stop(process);
    }

    String logTail() {
        return tail(log, 60);
    }

    /** Asks a process to stop (SIGTERM), and ends it if it has not within 30 s. */
    static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    static String tail(Path log, int count) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
