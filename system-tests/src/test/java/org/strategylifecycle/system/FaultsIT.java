package org.strategylifecycle.system;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.strategylifecycle.devdb.TestDatabase;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service's own fault suite (docs/reliability.md): both packaged services as separate JVMs on a
 * PostgreSQL server of the test's own, faults done for real. Hostile requests across every endpoint;
 * a poison event written straight into the event store; {@code kill -9} of command-service under
 * load; PostgreSQL stopped and started again under load; {@code kill -9} of query-service in the
 * middle of a rebuild. It prints its figures and writes them to target/fault-figures.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final Duration START_UP = Duration.ofMinutes(3);
    private static final String DATABASE = "faults";
    /** Small projection batches, so that a replay lasts long enough to be killed in the middle. */
    private static final Map<String, String> QUERY_ENV = Map.of("STRATEGY_PROJECTION_BATCH_SIZE", "25");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String CBP = """
            {"code": "CBP", "name": "U.S. Customs and Border Protection", "parentCode": "DHS"}""";

    private RestartableDatabase database;
    private TestDatabase.Connection connection;
    private volatile ServiceProcess command;
    private volatile ServiceProcess query;
    private final List<String> figures = new ArrayList<>();
    private int restarts;

    @BeforeAll
    void start() throws Exception {
        database = RestartableDatabase.start(DATABASE);
        connection = database.connection(DATABASE);
        command = startCommandService();
        query = startQueryService();
    }

    @AfterAll
    void stop() throws Exception {
        for (ServiceProcess process : new ServiceProcess[]{query, command}) {
            if (process != null) {
                process.close();
            }
        }
        if (database != null) {
            database.close();
        }
        Path file = Path.of(System.getProperty("logs.dir", "target/service-logs")).resolveSibling("fault-figures.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, figures);
        figures.forEach(line -> System.out.println("FAULTS " + line));
    }

    @Test
    @Order(1)
    void hostileRequestsAcrossEveryEndpointAreRefusedAndRecordNothing() throws Exception {
        String edition = "hostile-edition";
        Api editor = new Api(command.port(), "editor");
        editor.accepted("/api/strategies", draft(edition));
        editor.accepted("/api/strategies/" + edition + "/goals", """
                {"elementId": "goal-1", "number": "1", "title": "Protect", "effectiveDate": "2024-01-02"}""");
        editor.accepted("/api/strategies/" + edition + "/measures", """
                {"elementId": "measure-1", "parentId": "goal-1", "title": "Seizures", "measureType": "OUTPUT", "effectiveDate": "2024-01-02"}""");
        long version = editor.accepted("/api/strategies/" + edition + "/alignments", """
                {"alignmentId": "alignment-1", "elementId": "goal-1", "target": {"document": "DHS Strategic Plan", "number": "1"},
                 "provenance": {"basis": "INFERRED", "inferredFrom": "the goals' wording"}, "effectiveDate": "2024-01-02"}""").version();
        new Api(query.port(), "viewer").read("/api/strategies/" + edition + "?minVersion=" + version);
        long events = count("select count(*) from domain_event_entry");

        Answers answers = new Answers();
        AtomicLong accepted = new AtomicLong();
        List<HttpRequest> commands = HostileRequests.commandRequests(command.port(), edition);
        List<HttpRequest> reads = HostileRequests.readRequests(query.port(), edition);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (List<HttpRequest> requests : List.of(commands, reads)) {
            for (HttpRequest request : requests) {
                pool.execute(() -> {
                    HttpResponse<String> answer = send(request, answers);
                    if (answer != null && request.method().equals("POST") && answer.statusCode() < 300
                            && request.uri().getPort() == command.port()) {
                        accepted.incrementAndGet();
                    }
                });
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(15, TimeUnit.MINUTES)).isTrue();
        List<String> raw = HostileRequests.rawRequests(edition);
        for (int port : new int[]{command.port(), query.port()}) {
            for (String request : raw) {
                raw(port, request, answers);
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        figures.add("hostile requests: %d answered (%d commands, %d reads, %d raw HTTP) in %d s; 5xx: %d; "
                .formatted(answers.total(), commands.size(), reads.size(), raw.size() * 2, seconds, answers.serverErrors())
                + "answers breaking the promise: %d; commands accepted: %d; events recorded: %d; unanswered: %d"
                .formatted(answers.broken().size(), accepted.get(), count("select count(*) from domain_event_entry") - events,
                        answers.unansweredCount()));
        figures.add("hostile answers by status and code: " + answers);
        assertThat(answers.total()).isGreaterThanOrEqualTo(10_000);
        assertThat(answers.broken()).as("5xx, or refusals that are no problem detail with a code and request id").isEmpty();
        assertThat(answers.serverErrors()).isZero();
        assertThat(answers.unansweredCount()).isZero();
        assertThat(accepted.get()).isZero();
        // Idempotency keys are recorded only in the events' metadata (ADR 15): no event, no key.
        assertThat(count("select count(*) from domain_event_entry")).as("the event store is unchanged").isEqualTo(events);
    }

    @Test
    @Order(2)
    void aPoisonEventIsParkedWhileOtherEditionsProjectAndIsAppliedWhenRetriedAfterTheFix() throws Exception {
        Api editor = new Api(command.port(), "editor");
        Api admin = new Api(query.port(), "admin");
        editor.accepted("/api/strategies", draft("poisoned"));
        // Straight into the event store, as another writer or an older version could have: a goal
        // number longer than the read model's column (varchar(20)) holds.
        execute(insertEvent("poisoned", 1, "goal.GoalAdded", """
                {"strategyId": "poisoned", "elementId": "goal-1", "number": "%s", "title": "Too long a number",
                 "statement": null, "overview": null, "order": 1, %s}""".formatted("1.".repeat(15), CHANGE)));
        execute(insertEvent("poisoned", 2, "goal.GoalAdded", """
                {"strategyId": "poisoned", "elementId": "goal-2", "number": "2", "title": "Behind the poison",
                 "statement": null, "overview": null, "order": 2, %s}""".formatted(CHANGE)));
        long written = System.nanoTime();
        long version = editor.accepted("/api/strategies", draft("after-the-poison")).version();
        new Api(query.port(), "viewer").read("/api/strategies/after-the-poison?minVersion=" + version);

        awaiting("the poison is parked", Duration.ofSeconds(60)).until(
                () -> admin.read("/api/admin/projections/editions").at("/parked/sequences").asLong() == 1);
        long parkedAfter = Duration.ofNanos(System.nanoTime() - written).toMillis();
        JsonNode parked = admin.read("/api/admin/projections/editions").get("parked");
        JsonNode first = parked.get("parked").get(0);
        assertThat(first.get("aggregateId").asString()).isEqualTo("poisoned");
        assertThat(first.get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(first.get("events").asLong()).isEqualTo(2);
        assertThat(first.get("error").asString()).contains("value too long");
        Api.Answer health = new Api(query.port(), "viewer").get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(new Api(query.port(), "viewer").get("/actuator/prometheus").body())
                .contains("strategy_processor_parked_sequences{processor=\"editions\"} 1.0");
        assertThat(new Api(query.port(), "viewer").read("/api/strategies/poisoned").get("goals")).isEmpty();

        execute("alter table query.element alter column number type varchar(40)");
        JsonNode retried = new Api(query.port(), "admin").post("/api/admin/projections/editions/parked/retry", "").json();
        assertThat(retried.get("released").asLong()).isEqualTo(1);
        assertThat(new Api(query.port(), "viewer").read("/api/strategies/poisoned").get("goals")).hasSize(2);
        assertThat(new Api(query.port(), "viewer").get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        figures.add("poison event: parked %d ms after it was written, with its edition's next event behind it; ".formatted(parkedAfter)
                + "an edition drafted afterwards was projected; health DEGRADED (200) with the count; "
                + "after the fix (column widened) the retry applied both events; health UP");
    }

    @Test
    @Order(3)
    void killingCommandServiceUnderLoadLosesNoAcknowledgedCommand() throws Exception {
        CommandLoad load = CommandLoad.start("kill", 8, () -> command.port(), () -> query.port());
        awaiting("commands acknowledged before the kill", Duration.ofSeconds(120)).until(() -> load.acknowledgedCount() >= 500);
        int beforeKill = load.acknowledgedCount();
        command.kill();
        long killed = System.nanoTime();
        command = startCommandService();
        long back = System.nanoTime();
        awaiting("commands acknowledged after the restart", Duration.ofSeconds(120)).until(
                () -> load.acknowledgedCount() >= beforeKill + 300 && load.lastAcknowledgedAt() > back);
        load.close();

        List<CommandLoad.Acknowledged> acknowledged = load.acknowledged();
        long lost = lost(acknowledged);
        figures.add("kill -9 of command-service under load (8 clients): %d commands acknowledged, %d lost; "
                .formatted(acknowledged.size(), lost)
                + "%d requests unanswered while it was down; restarted and healthy after %d s; answers: %s"
                .formatted(load.commands().unansweredCount(), Duration.ofNanos(back - killed).toSeconds(), load.commands()));
        assertThat(lost).isZero();
        assertThat(load.commands().broken()).isEmpty();
        assertThat(load.commands().serverErrors()).isZero();
    }

    @Test
    @Order(4)
    void stoppingPostgresqlUnderLoadAnswers503QuicklyAndLosesNothing() throws Exception {
        CommandLoad load = CommandLoad.start("outage", 8, () -> command.port(), () -> query.port());
        awaiting("commands acknowledged before the outage", Duration.ofSeconds(120)).until(() -> load.acknowledgedCount() >= 300);
        long stopped = System.nanoTime();
        database.stop();
        Thread.sleep(2_000);
        Api.Answer commandHealth = new Api(command.port(), "viewer").get("/actuator/health");
        Api.Answer queryHealth = new Api(query.port(), "viewer").get("/actuator/health");
        Thread.sleep(Math.max(0, 6_000 - Duration.ofNanos(System.nanoTime() - stopped).toMillis()));
        database.start();
        long restarted = System.nanoTime();
        long outage = Duration.ofNanos(restarted - stopped).toMillis();
        awaiting("a command acknowledged after PostgreSQL is back", Duration.ofSeconds(120)).until(() -> load.lastAcknowledgedAt() > restarted);
        long commandsBack = Duration.ofNanos(load.lastAcknowledgedAt() - restarted).toMillis();
        CommandLoad.Acknowledged last = load.acknowledged().get(load.acknowledgedCount() - 1);
        awaiting("the projection follows again", Duration.ofSeconds(120)).until(() -> new Api(query.port(), "viewer")
                .get("/api/strategies/" + last.strategyId() + "?minVersion=" + last.version()).status() == 200);
        long projectionBack = Duration.ofNanos(System.nanoTime() - restarted).toMillis();
        load.close();

        long lost = lost(load.acknowledged());
        figures.add("PostgreSQL stopped for %d ms under load (8 clients): %d commands acknowledged, %d lost; "
                .formatted(outage, load.acknowledgedCount(), lost)
                + "%d commands and %d reads answered 503, %d answered 500, the slowest refusal took %d ms; "
                .formatted(load.commands().count(503), load.reads().count(503),
                        load.commands().count(500) + load.reads().count(500), load.slowestRefusalMillis())
                + "commands accepted again %d ms after it was back, the projection followed again after %d ms"
                .formatted(commandsBack, projectionBack));
        figures.add("during the outage: command-service health %d %s, query-service health %d %s".formatted(
                commandHealth.status(), commandHealth.json().at("/components/db/status").asString(),
                queryHealth.status(), queryHealth.json().at("/components/db/status").asString()));
        assertThat(lost).isZero();
        assertThat(load.commands().broken()).as("only 503 with a code and Retry-After").isEmpty();
        assertThat(load.reads().broken()).isEmpty();
        assertThat(load.commands().count(503)).as("the outage was seen").isPositive();
        assertThat(commandHealth.status()).isEqualTo(503);
        assertThat(commandHealth.json().at("/components/db/status").asString()).isEqualTo("DOWN");
        assertThat(queryHealth.status()).isEqualTo(503);
        assertThat(queryHealth.json().at("/components/db/status").asString()).isEqualTo("DOWN");
        assertThat(load.slowestRefusalMillis()).as("refused within seconds, not left hanging").isLessThan(10_000);
    }

    @Test
    @Order(5)
    void killingQueryServiceMidRebuildLeavesReadModelsEqualToACleanRebuild() throws Exception {
        long stored = count("select count(*) from domain_event_entry");
        if (stored < 20_000) {
            bulkEvents((int) (20_000 - stored));
        }
        Api admin = new Api(query.port(), "admin");
        awaitCaughtUp(admin);
        long head = admin.read("/api/admin/projections/editions").get("head").asLong();

        assertThat(admin.post("/api/admin/projections/editions/rebuild", "").status()).isEqualTo(202);
        long[] at = new long[1];
        awaiting("the rebuild under way", Duration.ofSeconds(120)).until(() -> {
            at[0] = admin.read("/api/admin/projections/editions").get("position").asLong();
            return at[0] > head / 10;
        });
        assertThat(at[0]).as("the kill must land in the middle of the replay; more events needed").isLessThan(head);
        query.kill();
        long killed = System.nanoTime();
        query = startQueryService();
        Api restarted = new Api(query.port(), "admin");
        awaitCaughtUp(restarted);
        long recovered = Duration.ofNanos(System.nanoTime() - killed).toSeconds();
        String afterKill = digest();

        assertThat(restarted.post("/api/admin/projections/editions/rebuild", "").status()).isEqualTo(202);
        awaitCaughtUp(restarted);
        String clean = digest();
        figures.add("kill -9 of query-service mid-rebuild: killed at position %d of %d; restarted and caught up after %d s; "
                .formatted(at[0], head, recovered) + "read models %s a clean rebuild (digest %s)"
                .formatted(afterKill.equals(clean) ? "equal to" : "DIFFERENT from", clean));
        assertThat(afterKill).isEqualTo(clean);
    }

    // ----- the pieces -----

    private static final String CHANGE = """
            "change": {"effectiveDate": "2024-01-02", "actor": "editor", "rationale": null, "source": null, "kind": "REVISION"}""";

    private static String draft(String id) {
        return """
                {"strategyId": "%s", "title": "Fault suite %s", "organization": %s,
                 "period": {"label": "2024–2028", "fromYear": 2024, "toYear": 2028}, "effectiveDate": "2024-01-01"}"""
                .formatted(id, id, CBP);
    }

    private ServiceProcess startCommandService() throws Exception {
        return ServiceProcess.start("faults-command-service-" + restarts++, ServiceProcess.COMMAND_JAR, connection)
                .awaitHealthy(START_UP);
    }

    private ServiceProcess startQueryService() throws Exception {
        return ServiceProcess.start("faults-query-service-" + restarts++, ServiceProcess.QUERY_JAR, connection, QUERY_ENV)
                .awaitHealthy(START_UP);
    }

    private static HttpResponse<String> send(HttpRequest request, Answers answers) {
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            answers.count(request.method() + " " + request.uri(), answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(null),
                    answer.headers().firstValue("Retry-After").orElse(null), answer.body());
            return answer;
        } catch (IOException e) {
            answers.unanswered();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends bytes as they are (ISO-8859-1: one byte per character) and reads the answer until the server closes. */
    private static void raw(int port, String request, Answers answers) throws IOException {
        String what = "raw " + request.substring(0, Math.min(80, request.indexOf('\r') < 0 ? request.length() : request.indexOf('\r')));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(bytes);
            } catch (IOException reset) {
                // Tomcat may reset a connection whose request it did not read to the end, after answering
            }
            String response = bytes.toString(StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            if (!response.startsWith("HTTP/1.1 ") || headersEnd < 0) {
                answers.unanswered();
                return;
            }
            String head = response.substring(0, headersEnd);
            String body = response.substring(headersEnd + 4);
            if ("chunked".equalsIgnoreCase(header(head, "Transfer-Encoding"))) {
                body = unchunked(body);
            }
            answers.count(what, Integer.parseInt(head.substring(9, 12)), header(head, "Content-Type"),
                    header(head, "Retry-After"), body);
        }
    }

    /** A chunked body's data: each chunk is its size in hex, CRLF, the data, CRLF; size 0 ends it. */
    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = lineEnd < 0 ? 0 : Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    /** The acknowledged commands whose event is not in the event store. */
    private long lost(List<CommandLoad.Acknowledged> acknowledged) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (Connection c = jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select aggregate_identifier, sequence_number from domain_event_entry")) {
            while (rs.next()) {
                stored.add(rs.getString(1) + "/" + rs.getLong(2));
            }
        }
        return acknowledged.stream().filter(a -> !stored.contains(a.strategyId() + "/" + a.version())).count();
    }

    /**
     * Tops the event store up with drafted editions and their goals, written as one statement: the
     * replay needs events enough to last a while, and sending them as commands would only add time.
     */
    private void bulkEvents(int events) throws SQLException {
        String change = "'" + CHANGE.replace("'", "''") + "'";
        execute("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                    payload_type, payload, meta_data)
                select gen_random_uuid()::text, 'bulk-' || e, g, 'StrategyEdition', '2024-01-02T00:00:00Z',
                    case when g = 0 then 'org.strategylifecycle.api.strategy.StrategyDrafted'
                         else 'org.strategylifecycle.api.goal.GoalAdded' end,
                    convert_to(case when g = 0
                        then format('{"strategyId":"bulk-%1$s","lineId":null,"title":"Bulk %1$s","organization":{"code":"CBP","name":"CBP","parentCode":null},"period":{"label":"2024","fromYear":2024,"toYear":2028},"referenced":false,%2$s}', e, """
                + change + """
                )
                        else format('{"strategyId":"bulk-%1$s","elementId":"goal-%2$s","number":"%2$s","title":"Goal %2$s","statement":"Statement %2$s","overview":null,"order":%2$s,%3$s}', e, g, """
                + change + """
                ) end, 'UTF8'),
                    convert_to('{}', 'UTF8')
                from generate_series(1, """ + (events / 10 + 1) + """
                ) e, generate_series(0, 9) g
                order by e, g""");
    }

    private static String insertEvent(String aggregate, long sequence, String type, String payload) {
        return """
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                    payload_type, payload, meta_data)
                values (gen_random_uuid()::text, '%s', %d, 'StrategyEdition', '2024-01-02T00:00:00Z',
                    'org.strategylifecycle.api.%s', convert_to('%s', 'UTF8'), convert_to('{}', 'UTF8'))"""
                .formatted(aggregate, sequence, type, payload.replace("'", "''"));
    }

    /** Every row of the read models, as one digest: equal digests, equal read models. */
    private String digest() throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select md5(string_agg(t, '|' order by t)) from (
                    select 's' || s::text as t from query.strategy s
                    union all select 'e' || e::text from query.element e
                    union all select 'r' || r::text from query.measure_reading r
                    union all select 'l' || l::text from query.link l
                    union all select 'a' || a::text from query.annotation a
                    union all select 'c' || (to_jsonb(c) - 'written_by' - 'written_seq')::text from query.change c) rows""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void awaitCaughtUp(Api admin) throws InterruptedException, SQLException {
        long head = count("select max(global_index) from domain_event_entry");
        awaiting("the projection at the head " + head, Duration.ofMinutes(5)).until(() -> {
            JsonNode status = admin.read("/api/admin/projections/editions");
            return status.get("position").asLong() >= head;
        });
    }

    private long count(String sql) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection jdbc() throws SQLException {
        return DriverManager.getConnection(connection.url(), connection.user(), connection.password());
    }

    /** Checks at once and then every 50 ms, so that the figures measured by waiting stay that fine. */
    private static ConditionFactory awaiting(String what, Duration timeout) {
        return await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50));
    }
}
