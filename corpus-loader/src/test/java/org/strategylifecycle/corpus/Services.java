package org.strategylifecycle.corpus;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * command-service and query-service as ./run starts them: their packaged jars, as processes of their
 * own, on a fresh database of the test PostgreSQL and on free ports. Logs go to target/services/.
 */
final class Services implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final TestDatabase.Connection database = TestDatabase.create("corpus");
    final String commandUrl;
    final String queryUrl;
    private final List<Process> processes = new ArrayList<>();

    Services() {
        int commandPort = freePort();
        int queryPort = freePort();
        commandUrl = "http://localhost:" + commandPort;
        queryUrl = "http://localhost:" + queryPort;
        // command-service first: its Flyway migration creates the event store query-service reads.
        start("command-service", Map.of("COMMAND_SERVICE_PORT", String.valueOf(commandPort)), commandUrl);
        start("query-service", Map.of("QUERY_SERVICE_PORT", String.valueOf(queryPort)), queryUrl);
    }

    private void start(String name, Map<String, String> env, String url) {
        Path jar = Path.of("..", name, "target", name + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build it first "
                    + "(./mvnw -pl corpus-loader -am verify builds it before this test)");
        }
        try {
            Path logs = Files.createDirectories(Path.of("target", "services"));
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xms64m", "-Xmx384m", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(name + ".log").toFile());
            builder.environment().putAll(env);
            builder.environment().put("STRATEGY_DB_URL", database.url());
            builder.environment().put("STRATEGY_DB_USER", database.user());
            builder.environment().put("STRATEGY_DB_PASSWORD", database.password());
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            Process process = builder.start();
            processes.add(process);
            awaitHealthy(name, process, url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitHealthy(String name, Process process, String url) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; see target/services/" + name + ".log");
            }
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " did not become healthy in 240 s; see target/services/" + name + ".log");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the services as ./run does: SIGTERM, newest first, then waits for each. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
