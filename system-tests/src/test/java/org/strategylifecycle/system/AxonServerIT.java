package org.strategylifecycle.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.devdb.TestDatabase;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Axon Server deployment, for real: an Axon Server SE jar ({@code AXONSERVER_JAR}) with access
 * control on, two command-service processes and a query-service connected to it with its token,
 * PostgreSQL for the rest.
 * Skipped, saying how to get a jar, when none is named; meant to run inside {@code unshare -n}
 * (docs/operations.md). Each test prints its figures. The last one restarts Axon Server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AxonServerIT {

    private static final Duration START_UP = Duration.ofMinutes(5);
    private static final String LOADER_JAR = "corpus-loader/target/corpus-loader.jar";

    private static AxonServerProcess axonServer;
    private static TestDatabase.Connection database;
    private static ServiceProcess a;
    private static ServiceProcess b;
    private static ServiceProcess query;
    private static Api apiA;
    private static Api apiB;
    private static Api viewer;

    @BeforeAll
    static void start() throws Exception {
        if (!AxonServerProcess.available()) {
            System.out.println("[axon-server] AxonServerIT skipped: " + AxonServerProcess.UNAVAILABLE);
            return;
        }
        axonServer = AxonServerProcess.start("axonserver");
        database = TestDatabase.create("axonserver");
        a = ServiceProcess.start("axon-command-a", ServiceProcess.COMMAND_JAR, database, axonServer.environment());
        b = ServiceProcess.start("axon-command-b", ServiceProcess.COMMAND_JAR, database, axonServer.environment());
        query = ServiceProcess.start("axon-query", ServiceProcess.QUERY_JAR, database, axonServer.environment());
        a.awaitHealthy(START_UP);
        b.awaitHealthy(START_UP);
        query.awaitHealthy(START_UP);
        apiA = new Api(a.port(), "editor");
        apiB = new Api(b.port(), "editor");
        viewer = new Api(query.port(), "viewer");
    }

    /** Each test, so that every one is reported as skipped, with how to run it, when there is no jar. */
    @BeforeEach
    void axonServerIsAvailable() {
        AxonServerProcess.assumeAvailable();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (AutoCloseable process : new AutoCloseable[]{query, b, a, axonServer}) {
            try {
                if (process != null) {
                    process.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    @Order(1)
    void theCorpusLoadsAndASecondLoadRecordsNothing() throws Exception {
        long before = axonServer.lastEvent();
        long started = System.nanoTime();
        LoaderRun first = loadCorpus("axon-corpus-loader-1");
        double seconds = (System.nanoTime() - started) / 1e9;
        long afterFirst = axonServer.lastEvent();
        LoaderRun second = loadCorpus("axon-corpus-loader-2");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(afterFirst - before).as("events the corpus recorded").isGreaterThan(500);
        assertThat(axonServer.lastEvent()).as("the second load records nothing").isEqualTo(afterFirst);
        // Imported through the local segment, in one unit of work: every event still names its request and key.
        List<JsonNode> imported = axonServer.events("opr-strategy-2024-2028");
        assertThat(imported).isNotEmpty().allSatisfy(event -> {
            assertThat(event.path("metaData").path("requestId").isMissingNode()).as(event.toString()).isFalse();
            assertThat(event.path("metaData").toString()).contains("corpus/");
        });
        System.out.printf("[axon-server figures] corpus: %d events in %.1f s; second load: 0 events (%s)%n",
                afterFirst - before, seconds, lastLine(second.output()));
    }

    /** Access control as docker-compose.yml sets it: the services connect with the token, nobody without it. */
    @Test
    @Order(2)
    void axonServerServesOnlyClientsWithItsToken() throws Exception {
        String events = "/v1/events?aggregateId=nothing&timeout=1";
        assertThat(axonServer.get(events, null).statusCode()).as("no token").isEqualTo(401);
        assertThat(axonServer.get(events, "not-the-token").statusCode()).as("a wrong token").isIn(401, 403);
        assertThat(axonServer.get(events, AxonServerProcess.TOKEN).statusCode()).isEqualTo(200);
        // Health details are for admins.
        for (Api api : List.of(apiA.as("admin"), apiB.as("admin"))) {
            JsonNode health = api.read("/actuator/health");
            assertThat(health.path("components").path("eventStore").path("status").asString()).isEqualTo("UP");
            assertThat(health.path("components").path("eventStore").path("details").path("store").asString())
                    .isEqualTo("AxonServerEventStore");
        }
        JsonNode queryHealth = viewer.as("admin").read("/actuator/health");
        assertThat(queryHealth.path("components").path("eventStore").path("status").asString()).isEqualTo("UP");
        assertThat(queryHealth.path("components").path("eventStore").path("details").path("headPosition").asLong())
                .as("query-service reads the head of Axon Server's store").isPositive();
    }

    @Test
    @Order(2)
    void refusalsKeepTheirCodesWhicheverInstanceHandlesTheCommand() {
        String edition = draft(apiA, "codes");
        String goal = apiA.accepted(goals(edition), goal("1")).json().path("id").asString();
        for (Api api : List.of(apiA, apiB)) {
            expect(api.post(goals(edition), goal("1")), 409, "NUMBER_TAKEN");
            expect(api.post(goals("no-such-edition"), goal("1")), 404, "STRATEGY_NOT_FOUND");
            expect(api.post(goals(edition) + "/no-such-goal/revise", revision()), 404, "ELEMENT_NOT_FOUND");
            expect(api.post(goals(edition), """
                    {"elementId": "bad id", "number": "9", "title": "Goal", "effectiveDate": "2024-01-01"}"""), 400, "INVALID_ID");
            expect(api.post("/api/strategies/" + edition + "/objectives", """
                    {"parentId": "no-parent", "number": "1.1", "title": "Objective", "effectiveDate": "2024-01-01"}"""),
                    422, "PARENT_NOT_FOUND");
        }
        apiB.accepted(goals(edition) + "/" + goal + "/retire", """
                {"effectiveDate": "2024-02-01", "rationale": "Withdrawn"}""");
        for (Api api : List.of(apiA, apiB)) {
            expect(api.post(goals(edition) + "/" + goal + "/revise", revision()), 422, "ELEMENT_RETIRED");
        }
    }

    @Test
    @Order(3)
    void aStaleIfMatchIsAPreconditionFailureOnEitherInstance() {
        String edition = draft(apiA, "ifmatch");
        long version = apiA.accepted(goals(edition), goal("1")).version();
        for (Api api : List.of(apiA, apiB)) {
            expect(api.post(goals(edition), goal("stale"), "If-Match", "\"" + (version - 1) + "\""), 412, "VERSION_MISMATCH");
            expect(api.post(goals(edition), goal("ahead"), "If-Match", "\"" + (version + 5) + "\""), 412, "VERSION_MISMATCH");
            Api.Answer current = api.post(goals(edition), goal("v" + version), "If-Match", "\"" + version + "\"");
            assertThat(current.status()).as(current.toString()).isEqualTo(201);
            version = current.version();
        }
    }

    /**
     * Keyed requests through both instances at once, on a pool of 5 connections each: none waits on a
     * connection held by another, each key records one event, and every retry gets its first answer.
     */
    @Test
    @Order(4)
    void keyedConcurrentCommandsThroughTwoInstancesRecordEachKeyOnce() throws Exception {
        List<String> editions = IntStream.range(0, 4).mapToObj(n -> draft(n % 2 == 0 ? apiA : apiB, "keyed")).toList();
        int requests = 120;
        List<String> keys = IntStream.range(0, requests).mapToObj(n -> "key-" + n + "-" + System.nanoTime()).toList();
        IntFunction<Api.Answer> send = n -> (n % 2 == 0 ? apiA : apiB).post(goals(editions.get(n % 4)), goal("k" + n),
                "Idempotency-Key", keys.get(n));

        long started = System.nanoTime();
        List<Api.Answer> first = simultaneously(requests, send);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Api.Answer> retried = new ArrayList<>(simultaneously(requests, n -> send.apply(requests - 1 - n)));
        Collections.reverse(retried);
        List<Api.Answer> sameKeyTwelveTimes = simultaneously(12, n -> (n % 2 == 0 ? apiA : apiB)
                .post(goals(editions.get(0)), goal("once"), "Idempotency-Key", "once-" + editions.get(0)));

        Map<Integer, Integer> statuses = new TreeMap<>();
        first.forEach(answer -> statuses.merge(answer.status(), 1, Integer::sum));
        System.out.printf("[axon-server figures] %d keyed adds through 2 instances: %s in %.1f s; %d retries: %s%n",
                requests, statuses, seconds, requests, statusesOf(retried));
        assertThat(first).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        for (int n = 0; n < requests; n++) {
            assertThat(retried.get(n).toString()).as("retry of request " + n).isEqualTo(first.get(n).toString());
        }
        assertThat(sameKeyTwelveTimes).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo(sameKeyTwelveTimes.get(0).body());
        });
        int stored = 0;
        for (String edition : editions) {
            stored += axonServer.events(edition).size() - 1;
        }
        assertThat(stored).as("one event per key").isEqualTo(requests + 1);
    }

    /**
     * Drafts into one strategy line, routed by the new edition's id to either instance, change the line
     * that both instances cache: one after the other, alternating, and all at once. A stale copy is
     * handled again on the stored state; nothing is a 500 and nothing is lost.
     */
    @Test
    @Order(5)
    void conflictingWritesThroughTwoInstancesAreNeverA500() throws Exception {
        String line = "line-" + System.nanoTime();
        apiA.accepted("/api/lines", """
                {"lineId": "%s", "title": "One line", "organizationCode": "CBP", "effectiveDate": "2020-01-01"}""".formatted(line));
        List<Api.Answer> alternating = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            alternating.add((n % 2 == 0 ? apiA : apiB).post("/api/strategies", draftBody(line + "-e" + n, line, 2000 + n)));
        }
        List<Api.Answer> together = simultaneously(20, n -> (n % 2 == 0 ? apiA : apiB)
                .post("/api/strategies", draftBody(line + "-s" + n, line, 2100 + n)));

        System.out.printf("[axon-server figures] 20 drafts into one line alternating: %s; 20 at once: %s%n",
                statusesOf(alternating), statusesOf(together));
        assertThat(alternating).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        assertThat(together).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isIn(201, 409);
            if (answer.status() == 409) {
                assertThat(answer.code()).isEqualTo("CONCURRENT_MODIFICATION");
            }
        });
        long accepted = together.stream().filter(answer -> answer.status() == 201).count();
        long joined = axonServer.events(line).stream()
                .filter(event -> event.path("payload").path("type").asString().endsWith("EditionJoinedLine")).count();
        assertThat(joined).as("the line knows every accepted draft, and only those").isEqualTo(20 + accepted);
    }

    /**
     * Routing follows the instances: when a third joins, some editions move to it; when it dies
     * ({@code kill -9}), they move back to instances whose cached copies missed its writes. Every write
     * still succeeds, including revisions of the goals only the third instance had seen being added,
     * and a keyed request the dead instance recorded, sent again, gets its first answer and records
     * nothing: the key lives in the events, not in the process that wrote them.
     */
    @Test
    @Order(6)
    void anInstanceJoiningAndDyingCostsNoWriteAndForgetsNoKey() throws Exception {
        List<String> editions = IntStream.range(0, 12).mapToObj(n -> draft(n % 2 == 0 ? apiA : apiB, "moving")).toList();
        List<String> problems = new ArrayList<>();
        write(editions, "1", problems);
        List<Api.Answer> keyed;
        try (ServiceProcess c = ServiceProcess.start("axon-command-c", ServiceProcess.COMMAND_JAR, database,
                axonServer.environment())) {
            c.awaitHealthy(START_UP);
            Thread.sleep(2_000);
            keyed = write(editions, "2", problems);
            c.kill();
        }
        Thread.sleep(2_000);
        List<Api.Answer> retried = write(editions, "2", problems);
        for (int n = 0; n < editions.size(); n++) {
            assertThat(retried.get(n).toString()).as("retry of " + editions.get(n)).isEqualTo(keyed.get(n).toString());
            Api.Answer answer = (n % 2 == 0 ? apiA : apiB).post(goals(editions.get(n)) + "/goal-round-2/revise", revision());
            if (answer.status() != 200) {
                problems.add(editions.get(n) + " revision after the third died: " + answer);
            }
        }

        System.out.printf("[axon-server figures] 12 editions x 3 writes while a third instance joined and died, "
                + "12 keyed retries: %d problems%n", problems.size());
        assertThat(problems).isEmpty();
        for (String edition : editions) {
            assertThat(axonServer.events(edition)).as("draft, two goals, a revision: " + edition).hasSize(4);
        }
    }

    /**
     * Clients keep writing through both command instances while Axon Server is killed and started again
     * on its files. While it is away every command is refused 503 with its code and {@code Retry-After},
     * never 500; the read models answer; health is 503 with the event store DOWN on every service. Once
     * it is back, writes succeed and are projected without restarting any service, health is UP again,
     * and every write that was acknowledged is stored.
     */
    @Test
    @Order(100)
    void axonServerRestartedUnderLoadLosesNothingAcknowledged() throws Exception {
        List<String> editions = IntStream.range(0, 4).mapToObj(n -> draft(n % 2 == 0 ? apiA : apiB, "restart")).toList();
        Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
        editions.forEach(edition -> acknowledged.put(edition, ConcurrentHashMap.newKeySet()));
        Map<String, Long> lastVersion = new ConcurrentHashMap<>();
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        AtomicLong restartedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong firstSuccessAfterRestart = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        long refusedInMillis;
        long readyAfter;
        try {
            for (int client = 0; client < 4; client++) {
                int id = client;
                clients.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        String edition = editions.get((id + n) % editions.size());
                        String number = "c" + id + "-" + n;
                        Api.Answer answer;
                        try {
                            answer = ((id + n) % 2 == 0 ? apiA : apiB).post(goals(edition), goal(number));
                        } catch (RuntimeException e) {
                            unexpected.add("no answer: " + e);
                            continue;
                        }
                        sent.incrementAndGet();
                        answers.merge(outcome(answer), 1, Integer::sum);
                        if (answer.status() == 201) {
                            acknowledged.get(edition).add(number);
                            lastVersion.merge(edition, answer.version(), Math::max);
                            if (System.nanoTime() > restartedAt.get()) {
                                firstSuccessAfterRestart.compareAndSet(0, System.nanoTime());
                            }
                        } else if (!isRetryable(answer)) {
                            unexpected.add(answer.toString());
                        }
                    }
                });
            }
            Thread.sleep(5_000);
            axonServer.kill();
            Thread.sleep(2_000);
            long asked = System.nanoTime();
            Api.Answer refused = apiA.post(goals(editions.get(0)), goal("during-the-outage"));
            refusedInMillis = (System.nanoTime() - asked) / 1_000_000;
            expect(refused, 503, "EVENT_STORE_UNAVAILABLE");
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(viewer.get("/api/strategies/" + editions.get(0)).status()).as("the read models still answer")
                    .isEqualTo(200);
            // A read that must ask the event store whether a version was recorded cannot: 503, not 500.
            Api.Answer ahead = viewer.get("/api/strategies/" + editions.get(0) + "?minVersion=100000");
            expect(ahead, 503, "EVENT_STORE_UNAVAILABLE");
            Api.Answer projections = viewer.as("admin").get("/api/admin/projections/editions");
            expect(projections, 503, "EVENT_STORE_UNAVAILABLE");
            for (Api api : List.of(apiA, apiB, viewer)) {
                Api.Answer health = api.get("/actuator/health");
                assertThat(health.status()).as(health.toString()).isEqualTo(503);
                assertThat(health.json().at("/components/eventStore/status").asString()).isEqualTo("DOWN");
                assertThat(api.get("/actuator/health/readiness").status()).as("out of the load balancer").isEqualTo(503);
            }
            Thread.sleep(3_000);
            restartedAt.set(System.nanoTime());
            axonServer.restart();
            axonServer.awaitReady(START_UP);
            readyAfter = (System.nanoTime() - restartedAt.get()) / 1_000_000;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (firstSuccessAfterRestart.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(5_000);
        } finally {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(2, TimeUnit.MINUTES);
        }

        // The tracking processor retries with Axon's backoff, doubling up to 60 s while the server was away.
        long projectedAfter = -1;
        long waitUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (projectedAfter < 0 && System.nanoTime() < waitUntil) {
            if (editions.stream().allMatch(edition -> viewer.get("/api/strategies/" + edition + "?minVersion="
                    + lastVersion.get(edition)).status() == 200)) {
                projectedAfter = (System.nanoTime() - restartedAt.get()) / 1_000_000;
            } else {
                Thread.sleep(500);
            }
        }
        for (Api api : List.of(apiA, apiB, viewer)) {
            Api.Answer health = api.get("/actuator/health");
            assertThat(health.json().at("/components/eventStore/status").asString()).as(health.toString()).isEqualTo("UP");
            assertThat(api.get("/actuator/health/readiness").status()).as("ready again").isEqualTo(200);
        }

        int acknowledgedCount = acknowledged.values().stream().mapToInt(Set::size).sum();
        Map<String, Set<String>> missing = new HashMap<>();
        for (String edition : editions) {
            Set<String> stored = new HashSet<>();
            for (JsonNode event : axonServer.events(edition)) {
                if (event.path("payload").path("type").asString().endsWith("GoalAdded")) {
                    stored.add(payloadOf(event).path("number").asString());
                }
            }
            Set<String> lost = new HashSet<>(acknowledged.get(edition));
            lost.removeAll(stored);
            if (!lost.isEmpty()) {
                missing.put(edition, lost);
            }
        }
        long first = firstSuccessAfterRestart.get();
        System.out.printf("[axon-server figures] restart under load: %d sent, %d acknowledged, answers %s; "
                        + "while away: a command refused in %d ms, reads answered, health 503 with the event store DOWN; "
                        + "started again: ready after %.1f s, first write accepted after %.1f s, all projected after %.1f s, "
                        + "%d acknowledged but not stored%n",
                sent.get(), acknowledgedCount, new TreeMap<>(answers), refusedInMillis,
                readyAfter / 1e3, first == 0 ? Double.NaN : (first - restartedAt.get()) / 1e9, projectedAfter / 1e3,
                missing.values().stream().mapToInt(Set::size).sum());
        assertThat(unexpected).as("answers other than success or a 503 to retry (a 409 after repeated conflicts)").isEmpty();
        assertThat(first).as("writes succeed again without restarting the services").isNotZero();
        assertThat(projectedAfter).as("the read models catch up without restarting query-service").isNotNegative();
        assertThat(acknowledgedCount).as("writes acknowledged before the kill and after the restart").isGreaterThan(0);
        assertThat(missing).as("acknowledged writes missing from Axon Server").isEmpty();
    }

    /** Status and code, e.g. {@code 503 EVENT_STORE_UNAVAILABLE}. */
    private static String outcome(Api.Answer answer) {
        if (answer.status() < 400) {
            return String.valueOf(answer.status());
        }
        String type = answer.header("Content-Type");
        return answer.status() + " " + (type != null && type.startsWith("application/problem+json") ? answer.code() : type);
    }

    /** What a client retries: a 503 with a code and Retry-After, or a conflict that kept meeting others. */
    private static boolean isRetryable(Api.Answer answer) {
        String outcome = outcome(answer);
        return answer.header("Retry-After") != null
                && Set.of("503 EVENT_STORE_UNAVAILABLE", "503 COMMAND_HANDLER_UNAVAILABLE").contains(outcome)
                || outcome.equals("409 CONCURRENT_MODIFICATION");
    }

    /** Adds goal "goal-round-{round}" to each edition, through both instances in turn, keyed by round and edition. */
    private List<Api.Answer> write(List<String> editions, String round, List<String> problems) {
        List<Api.Answer> answers = new ArrayList<>();
        for (int n = 0; n < editions.size(); n++) {
            Api.Answer answer = (n % 2 == 0 ? apiA : apiB).post(goals(editions.get(n)), """
                    {"elementId": "goal-round-%s", "number": "%s", "title": "Goal %s", "effectiveDate": "2024-01-01"}"""
                    .formatted(round, round, round), "Idempotency-Key", "round-" + round + "-" + editions.get(n));
            if (answer.status() != 201) {
                problems.add(editions.get(n) + " round " + round + ": " + answer);
            }
            answers.add(answer);
        }
        return answers;
    }

    /** An event as Axon Server's REST API gives it carries its payload as the stored JSON text. */
    private static JsonNode payloadOf(JsonNode event) {
        return StrategyJson.mapper().readTree(event.path("payload").path("data").asString());
    }

    private static String draft(Api api, String prefix) {
        String id = prefix + "-" + System.nanoTime();
        api.accepted("/api/strategies", draftBody(id, null, 2024));
        return id;
    }

    private static String draftBody(String id, String lineId, int fromYear) {
        return """
                {"strategyId": "%s", %s "title": "Strategy %d", "organization": {"code": "CBP", "name": "U.S. Customs and Border Protection"},
                 "period": {"label": "%d", "fromYear": %d}, "effectiveDate": "2024-01-01"}"""
                .formatted(id, lineId == null ? "" : "\"lineId\": \"" + lineId + "\",", fromYear, fromYear, fromYear);
    }

    private static String goals(String edition) {
        return "/api/strategies/" + edition + "/goals";
    }

    private static String goal(String number) {
        return """
                {"number": "%s", "title": "Goal %s", "effectiveDate": "2024-01-01"}""".formatted(number, number);
    }

    private static String revision() {
        return """
                {"title": "Renamed", "effectiveDate": "2024-02-01", "rationale": "Reworded"}""";
    }

    private static void expect(Api.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
    }

    private static Map<Integer, Integer> statusesOf(List<Api.Answer> answers) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(answer -> statuses.merge(answer.status(), 1, Integer::sum));
        return statuses;
    }

    private static List<Api.Answer> simultaneously(int requests, IntFunction<Api.Answer> request) {
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            List<CompletableFuture<Api.Answer>> sent = IntStream.range(0, requests)
                    .mapToObj(n -> CompletableFuture.supplyAsync(() -> request.apply(n), clients)).toList();
            return sent.stream().map(CompletableFuture::join).toList();
        } finally {
            clients.shutdown();
        }
    }

    private record LoaderRun(int exitCode, String output) {
    }

    private static LoaderRun loadCorpus(String name) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("services.dir", ".."));
        Path jar = root.resolve(LOADER_JAR);
        assertThat(jar).as("built before these tests").isRegularFile();
        Path log = Path.of(System.getProperty("logs.dir", "target/service-logs")).resolve(name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process loader = new ProcessBuilder(java, "-Xmx128m", "-jar", jar.toString(), "--corpus",
                root.resolve("corpus").toString(), "--url", "http://localhost:" + a.port())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!loader.waitFor(10, TimeUnit.MINUTES)) {
            loader.destroyForcibly();
        }
        return new LoaderRun(loader.exitValue(), Files.readString(log));
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }
}
