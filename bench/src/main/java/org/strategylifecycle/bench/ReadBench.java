package org.strategylifecycle.bench;

import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of reading one edition over HTTP from query-service: its current state (also revalidated
 * with the ETag of a first read: 304), as of an effective date ({@code ?asOf=}), and as of a date as
 * known at a recorded time ({@code ?asOf=&knownAt=}). The edition is the one of the read models whose
 * history is nearest 3,000 changes (or {@code --strategy=}); the dates rotate over ten points spread
 * across its history, so the requests fold different parts of it. Query-service keeps the answers it
 * has rendered (edition/EditionAnswers), so the rotating dates are answered from kept answers after
 * their first request. The fifth phase asks each question once (a known-at time a millisecond later
 * every time): questions that see the same rows of the history share one kept answer, so this is what
 * a new question about a known state costs. The last asks at each of the edition's recorded times in
 * turn, so each question sees rows no earlier one saw: what rendering a new answer costs. After the
 * figures, the answers query-service rendered in each phase (its kept answers' misses). Closed loop,
 * {@code --clients} at a time, each phase with a warm-up; any other answer than the phase's (200, or
 * 304) is an error. {@code --phases=5,6} runs only those phases (numbered in the order above, 1 to 6).
 * Run by bench/run-read-bench.sh. Not a test.
 */
final class ReadBench {

    private static final int DATES = 10;
    private static final String CURRENT = "current state";
    private static final String REVALIDATED = "current state, If-None-Match (304)";
    private static final String AS_OF = "as of a date";
    private static final String KNOWN_AT = "as of a date, as known at a time";
    private static final String KNOWN_AT_ONCE = "as known at a time, each asked once";
    private static final String KNOWN_AT_NEW = "as known at a time, each a new state";

    private ReadBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args, "base-url", "jdbc-url", "jdbc-user", "jdbc-password", "user", "password", "strategy",
                "clients", "warmup-seconds", "measure-seconds", "cpu-of", "phases");
        String baseUrl = a.loopback("base-url", "http://localhost:18082");
        int clients = (int) Math.max(1, a.integer("clients", 4));
        Duration warmup = Duration.ofSeconds(a.integer("warmup-seconds", 5));
        Duration measure = Duration.ofSeconds(Math.max(1, a.integer("measure-seconds", 20)));
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (a.get("user", "auditor") + ":" + a.get("password", "auditor")).getBytes(StandardCharsets.UTF_8));
        String machineAtStart = Report.machine();

        Edition edition;
        try (Connection c = DriverManager.getConnection(a.loopbackJdbcUrl(), a.get("jdbc-user", "postgres"),
                a.get("jdbc-password", ""))) {
            edition = Edition.pick(c, a.get("strategy", null));
        }
        System.err.printf("[read] edition %s: %d elements, %d changes, effective %s to %s, recorded %s to %s%n",
                edition.id, edition.elements, edition.changes, edition.asOf.get(0), edition.asOf.get(DATES - 1),
                edition.knownAt.get(0), edition.knownAt.get(DATES - 1));

        Map<String, Long> cpuOf = new LinkedHashMap<>();
        for (String entry : a.get("cpu-of", "").split(",")) {
            if (!entry.isBlank()) {
                String[] nameAndPid = entry.split(":", 2);
                cpuOf.put(nameAndPid[0], Long.parseLong(nameAndPid[1]));
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String path = baseUrl + "/api/strategies/" + edition.id;
        List<LoadRun.Result> results = new ArrayList<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        Map<String, String> rendered = new LinkedHashMap<>();
        String etag = http.send(HttpRequest.newBuilder(URI.create(path)).timeout(CommandApi.REQUEST_TIMEOUT)
                        .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElse("none");
        for (String phase : phases(a.get("phases", "1,2,3,4,5,6"))) {
            AtomicLong next = new AtomicLong();
            AtomicLong size = new AtomicLong();
            double renderedBefore = answersRendered(http, baseUrl, authorization);
            System.err.printf("[read] %s: %ds warm-up, %ds measured, %d clients%n", phase, warmup.toSeconds(),
                    measure.toSeconds(), clients);
            int expected = phase.equals(REVALIDATED) ? 304 : 200;
            results.add(LoadRun.run(phase, clients, warmup, measure, new CpuMeter(cpuOf), client -> () -> {
                long n = next.getAndIncrement();
                int i = (int) (n % DATES);
                String query = switch (phase) {
                    case CURRENT, REVALIDATED -> "";
                    case AS_OF -> "?asOf=" + edition.asOf.get(i);
                    case KNOWN_AT -> "?asOf=" + edition.asOf.get(i) + "&knownAt=" + edition.knownAt.get(i);
                    // A question no one asked before, a millisecond later each time, that sees what an earlier one saw.
                    case KNOWN_AT_ONCE -> "?asOf=" + edition.asOf.get(i) + "&knownAt=" + edition.knownAt.get(i).plusMillis(n / DATES + 1);
                    // A question that sees rows no earlier one saw: at each of the edition's recorded times in
                    // turn, spread over its history (7,919 is prime), then the same times at the next date.
                    default -> {
                        int times = edition.recorded.size();
                        yield "?asOf=" + edition.asOf.get((int) (n / times % DATES))
                                + "&knownAt=" + edition.recorded.get((int) (n * 7919 % times));
                    }
                };
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path + query))
                        .timeout(CommandApi.REQUEST_TIMEOUT).header("Authorization", authorization)
                        .header("Accept", "application/json");
                if (phase.equals(REVALIDATED)) {
                    request.header("If-None-Match", etag);
                }
                HttpResponse<byte[]> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != expected) {
                    return new LoadRun.Failure("HTTP " + response.statusCode(),
                            new String(response.body(), StandardCharsets.UTF_8));
                }
                size.set(response.body().length);
                return null;
            }));
            bytes.put(phase, size.get());
            double renderedInPhase = answersRendered(http, baseUrl, authorization) - renderedBefore;
            rendered.put(phase, Double.isNaN(renderedInPhase) ? "not counted (no cache meters)"
                    : "%.0f of %d asked".formatted(renderedInPhase, next.get()));
        }

        System.out.println("----- read bench results -----");
        System.out.println("machine at start: " + machineAtStart);
        System.out.println("machine at end:   " + Report.machine());
        System.out.printf("edition %s: %d elements, %d changes in its history; clients %d, warm-up %ds, measured %ds%n",
                edition.id, edition.elements, edition.changes, clients, warmup.toSeconds(), measure.toSeconds());
        String row = "%-36s %9s %8s %8s %8s %9s %9s %7s %9s%n";
        System.out.printf(row, "read", "reads/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "ok", "errors", "KiB");
        boolean failed = false;
        for (LoadRun.Result r : results) {
            Histogram h = r.latencyMicros();
            System.out.printf(row, r.name(), "%.1f".formatted(r.perSecond()), ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), r.ok(),
                    r.errorCount(), bytes.get(r.name()) / 1024);
            failed |= r.errorCount() + r.warmupErrors() > 0;
        }
        System.out.println("CPU in the measured window, core-seconds (ms per read):");
        for (LoadRun.Result r : results) {
            StringBuilder line = new StringBuilder("  %-36s".formatted(r.name()));
            r.cpu().processes().forEach((name, seconds) -> line.append(" %s %.1f (%.2f)".formatted(
                    name, seconds, r.ok() == 0 ? 0 : seconds * 1000 / r.ok())));
            r.cpu().others().ifPresent(others -> line.append(" | rest of machine %.1f".formatted(others)));
            System.out.println(line);
        }
        System.out.println("answers rendered in the phase, warm-up included (query-service's cache_gets_total, edition.answers, miss):");
        rendered.forEach((phase, count) -> System.out.printf("  %-36s %s%n", phase, count));
        for (LoadRun.Result r : results) {
            r.firstErrors().forEach((kind, detail) -> System.out.printf("errors in %s: %s, first: %s%n", r.name(), kind,
                    detail.length() > 300 ? detail.substring(0, 300) : detail));
        }
        System.out.println("----- end of results -----");
        System.exit(failed ? 1 : 0);
    }

    /** The phases asked for by their numbers (1 current state ... 6 each a new state), in the order given. */
    private static List<String> phases(String numbers) {
        List<String> all = List.of(CURRENT, REVALIDATED, AS_OF, KNOWN_AT, KNOWN_AT_ONCE, KNOWN_AT_NEW);
        List<String> phases = new ArrayList<>();
        for (String number : numbers.split(",")) {
            int n = Integer.parseInt(number.strip());
            if (n < 1 || n > all.size()) {
                throw new IllegalArgumentException("--phases: numbers from 1 to " + all.size() + ", not " + n);
            }
            phases.add(all.get(n - 1));
        }
        return phases;
    }

    /** Answers query-service has rendered so far (misses of its kept answers), or NaN where it has no such meter. */
    private static double answersRendered(HttpClient http, String baseUrl, String authorization) throws Exception {
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                .timeout(CommandApi.REQUEST_TIMEOUT).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = RENDERED.matcher(metrics.statusCode() == 200 ? metrics.body() : "");
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static final Pattern RENDERED = Pattern.compile(
            "^cache_gets_total\\{[^}]*cache=\"edition\\.answers\"[^}]*result=\"miss\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    private static String ms(long micros) {
        return "%.1f".formatted(micros / 1000.0);
    }

    /** The edition read, and the dates to read it at: ten points spread over its effective and recorded times. */
    private record Edition(String id, long elements, long changes, List<LocalDate> asOf, List<Instant> knownAt,
                           List<Instant> recorded) {

        static Edition pick(Connection c, String requested) throws SQLException {
            String id = requested;
            if (id == null) {
                try (var s = c.createStatement(); var rs = s.executeQuery("""
                        select strategy_id from query.change where strategy_id is not null
                        group by strategy_id order by abs(count(*) - 3000), strategy_id limit 1""")) {
                    if (!rs.next()) {
                        throw new IllegalStateException("the read models hold no edition: replay first");
                    }
                    id = rs.getString(1);
                }
            }
            List<LocalDate> asOf = new ArrayList<>();
            List<Instant> knownAt = new ArrayList<>();
            long changes;
            long elements;
            try (var s = c.prepareStatement("""
                    select percentile_disc(?) within group (order by effective_date),
                           percentile_disc(?) within group (order by recorded_at), count(*)
                    from query.change where strategy_id = ?""")) {
                for (int i = 0; i < DATES; i++) {
                    double fraction = (i + 0.5) / DATES;
                    s.setDouble(1, fraction);
                    s.setDouble(2, fraction);
                    s.setString(3, id);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        asOf.add(rs.getObject(1, LocalDate.class));
                        knownAt.add(rs.getTimestamp(2).toInstant());
                    }
                }
            }
            try (var s = c.prepareStatement("""
                    select (select count(*) from query.change where strategy_id = ?),
                           (select count(*) from query.element where strategy_id = ?)""")) {
                s.setString(1, id);
                s.setString(2, id);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    changes = rs.getLong(1);
                    elements = rs.getLong(2);
                }
            }
            List<Instant> recorded = new ArrayList<>();
            try (var s = c.prepareStatement(
                    "select distinct recorded_at from query.change where strategy_id = ? order by recorded_at")) {
                s.setString(1, id);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        recorded.add(rs.getTimestamp(1).toInstant());
                    }
                }
            }
            return new Edition(id, elements, changes, asOf, knownAt, recorded);
        }
    }
}
