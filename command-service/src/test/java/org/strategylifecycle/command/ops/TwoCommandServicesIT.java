package org.strategylifecycle.command.ops;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.devdb.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out without Axon Server: two command-service processes (the packaged jar, each its own JVM)
 * on one PostgreSQL event store. Each keeps its own cache of editions, so a write by one makes the
 * other's copy stale: the cache notices (config/StoreCheckedCache) and the edition is read afresh, so
 * neither a write nor a refusal is decided on the old copy. Two writes at once collide on (aggregate,
 * sequence number); the loser is handled again on the stored state (command/web/LocalSegment). Only a
 * writer that keeps losing may answer 409 CONCURRENT_MODIFICATION; never a 500, never a lost write.
 */
class TwoCommandServicesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path JAR = Path.of("target/command-service.jar");
    private static final Path LOGS = Path.of("target/it-logs");

    private static TestDatabase.Connection database;
    private static final List<Process> processes = new ArrayList<>();
    private static int portA;
    private static int portB;

    @BeforeAll
    static void startTwoProcesses() throws Exception {
        assertThat(JAR).as("run through failsafe after package").exists();
        database = TestDatabase.create("twocommands");
        Files.createDirectories(LOGS);
        portA = unusedPort();
        portB = unusedPort();
        Process a = start("a", portA);
        Process b = start("b", portB);
        awaitHealthy(a, portA);
        awaitHealthy(b, portB);
    }

    @AfterAll
    static void stopProcesses() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void anInstanceNeverDecidesOnAnOutdatedCopy() throws Exception {
        String edition = "s-two-" + System.nanoTime();
        assertThat(post(portA, "/api/strategies", draft(edition)).statusCode()).isEqualTo(201);
        HttpResponse<String> byB = post(portB, goals(edition), goal("1"));
        assertThat(byB.statusCode()).as(byB.body()).isEqualTo(201);

        HttpResponse<String> staleA = post(portA, goals(edition), goal("2"));
        assertThat(staleA.statusCode()).as("A's copy was stale: " + staleA.body()).isEqualTo(201);
        assertThat(json(staleA).path("version").asLong()).isEqualTo(2);

        HttpResponse<String> staleB = post(portB, goals(edition), goal("3"));
        assertThat(staleB.statusCode()).as(staleB.body()).isEqualTo(201);
        assertThat(json(staleB).path("version").asLong()).isEqualTo(3);

        // A's copy is at 2, the store at 3: the client's If-Match 3 is right, A's copy is not.
        HttpResponse<String> conditional = post(portA, goals(edition), goal("4"), "If-Match", "\"3\"");
        assertThat(conditional.statusCode()).as(conditional.body()).isEqualTo(201);
        HttpResponse<String> staleIfMatch = post(portB, goals(edition), goal("5"), "If-Match", "\"3\"");
        assertThat(staleIfMatch.statusCode()).as(staleIfMatch.body()).isEqualTo(412);
        assertThat(json(staleIfMatch).path("code").asString()).isEqualTo("VERSION_MISMATCH");
        assertThat(storedGoals(edition)).containsExactly("1", "2", "3", "4");

        // A knows the edition as it stood before B added goal 5: it reads it afresh, not "no such element".
        String goal5 = "goal-5-" + System.nanoTime();
        assertThat(post(portB, goals(edition), """
                {"elementId": "%s", "number": "5", "title": "Goal 5", "effectiveDate": "2024-02-01"}""".formatted(goal5))
                .statusCode()).isEqualTo(201);
        HttpResponse<String> revisedByA = post(portA, goals(edition) + "/" + goal5 + "/revise", """
                {"title": "Goal five", "effectiveDate": "2024-03-01", "rationale": "Reworded"}""");
        assertThat(revisedByA.statusCode()).as(revisedByA.body()).isEqualTo(200);
        assertThat(sequenceNumbers(edition)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void simultaneousWritesFromBothProcessesLoseNothing() throws Exception {
        String edition = "s-race-" + System.nanoTime();
        assertThat(post(portA, "/api/strategies", draft(edition)).statusCode()).isEqualTo(201);
        Set<String> accepted = new HashSet<>();
        Set<Long> versions = new HashSet<>();
        int conflicts = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 8; round++) {
                CountDownLatch go = new CountDownLatch(1);
                String numberA = round + ".a";
                String numberB = round + ".b";
                CompletableFuture<HttpResponse<String>> fromA = CompletableFuture.supplyAsync(() -> postWhen(go, portA, goals(edition), goal(numberA)), pool);
                CompletableFuture<HttpResponse<String>> fromB = CompletableFuture.supplyAsync(() -> postWhen(go, portB, goals(edition), goal(numberB)), pool);
                go.countDown();
                int won = 0;
                for (var answer : List.of(new Object[]{numberA, fromA.get(60, TimeUnit.SECONDS)}, new Object[]{numberB, fromB.get(60, TimeUnit.SECONDS)})) {
                    @SuppressWarnings("unchecked") HttpResponse<String> response = (HttpResponse<String>) answer[1];
                    assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
                    if (response.statusCode() == 201) {
                        won++;
                        accepted.add((String) answer[0]);
                        assertThat(versions.add(json(response).path("version").asLong())).as("each version is answered once").isTrue();
                    } else {
                        conflicts++;
                        assertThat(json(response).path("code").asString()).isEqualTo("CONCURRENT_MODIFICATION");
                    }
                }
                assertThat(won).as("round %d: one of two simultaneous writes wins", round).isGreaterThanOrEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("simultaneous writes: %d accepted, %d conflicts%n", accepted.size(), conflicts);
        assertThat(new HashSet<>(storedGoals(edition))).isEqualTo(accepted);
        List<Long> sequence = sequenceNumbers(edition);
        assertThat(sequence).hasSize(accepted.size() + 1);
        for (int i = 0; i < sequence.size(); i++) {
            assertThat(sequence.get(i)).isEqualTo(i);
        }
    }

    private static Process start(String name, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true", "-jar", JAR.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password())
                .redirectErrorStream(true)
                .redirectOutput(LOGS.resolve("command-service-" + name + ".log").toFile())
                .start();
        processes.add(process);
        return process;
    }

    private static void awaitHealthy(Process process, int port) {
        await("command-service on port " + port + " ready; see " + LOGS).atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(500))
                .failFast("command-service on port " + port + " stopped; see " + LOGS, () -> !process.isAlive())
                .ignoreExceptionsInstanceOf(ConnectException.class) // still starting
                .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    private static HttpResponse<String> postWhen(CountDownLatch go, int port, String path, String body) {
        try {
            go.await();
            return post(port, path, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code headers} are name, value pairs. */
    private static HttpResponse<String> post(int port, String path, String body, String... headers)
            throws IOException, InterruptedException {
        String login = Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + login)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String draft(String id) {
        return """
                {"strategyId": "%s", "title": "OPR Strategy 2024–2028",
                 "organization": {"code": "OPR", "name": "Office of Professional Responsibility", "parentCode": "CBP"},
                 "period": {"label": "2024–2028", "fromYear": 2024, "toYear": 2028}, "effectiveDate": "2024-01-01"}"""
                .formatted(id);
    }

    private static String goals(String edition) {
        return "/api/strategies/" + edition + "/goals";
    }

    private static String goal(String number) {
        return """
                {"number": "%s", "title": "Goal %s", "effectiveDate": "2024-02-01"}""".formatted(number, number);
    }

    private static List<String> storedGoals(String edition) throws Exception {
        return query("""
                select convert_from(payload, 'UTF8')::jsonb ->> 'number' from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%GoalAdded' order by sequence_number""", edition)
                .stream().map(String::valueOf).toList();
    }

    private static List<Long> sequenceNumbers(String edition) throws Exception {
        return query("select sequence_number from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                edition).stream().map(v -> ((Number) v).longValue()).toList();
    }

    private static List<Object> query(String sql, String parameter) throws Exception {
        try (var c = DriverManager.getConnection(database.url(), database.user(), database.password());
             var s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<Object> rows = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getObject(1));
                }
            }
            return rows;
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
