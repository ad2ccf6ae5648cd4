package org.strategylifecycle.bench;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.line.StrategyLineEstablished;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fills an empty event store with a realistic history (see {@link EditionScript}): editions in lines
 * of three, each of about {@code --edition-events} events, their stories interleaved in bursts as
 * several editors working at once would record them, appended through Axon's JDBC storage engine
 * with the services' serializer in big batches. Recorded times rise with the position; every event
 * carries trace and correlation ids as Axon's correlation providers add them. Deterministic for a seed.
 * A store that already holds exactly {@code --events} events is reused as it is.
 */
final class EventGenerator {

    private static final Organization[] ORGANIZATIONS = {
            new Organization("CBP", "U.S. Customs and Border Protection", "DHS"),
            new Organization("OFO", "Office of Field Operations", "CBP"),
            new Organization("OPR", "Office of Professional Responsibility", "CBP"),
            new Organization("USBP", "U.S. Border Patrol", "CBP")};

    private final StoreAccess store;
    private final Random random;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
    private final int batchSize;
    private Instant recorded = Instant.parse("2019-01-02T08:00:00Z");
    private long written;

    private EventGenerator(StoreAccess store, long seed, int batchSize) {
        this.store = store;
        this.random = new Random(seed);
        this.batchSize = batchSize;
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args, "jdbc-url", "jdbc-user", "jdbc-password", "events", "edition-events", "seed", "batch",
                "migrations");
        long events = a.integer("events", 1_000_000);
        try (StoreAccess store = StoreAccess.open(a.loopbackJdbcUrl(), a.get("jdbc-user", "postgres"), a.get("jdbc-password", ""))) {
            createSchema(store, Path.of(a.get("migrations", "command-service/src/main/resources/db/migration")));
            long existing = store.count();
            if (existing == events) {
                log("the event store already holds %,d events: reusing them", existing);
                return;
            }
            if (existing != 0) {
                throw new IllegalStateException("the event store holds " + existing + " events, not " + events
                        + ": point the bench at a fresh data directory");
            }
            long started = System.nanoTime();
            new EventGenerator(store, a.integer("seed", 42), (int) a.integer("batch", 5_000))
                    .generate(events, (int) a.integer("edition-events", 3_000));
            double seconds = (System.nanoTime() - started) / 1e9;
            log("wrote %,d events in %.1f s (%.0f events/s); vacuum analyze", events, seconds, events / seconds);
            store.execute("vacuum analyze domain_event_entry");
        }
    }

    /** Applies command-service's migrations in order when the event store table is missing. */
    private static void createSchema(StoreAccess store, Path migrations) throws Exception {
        if (store.tableExists("public.domain_event_entry")) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(migrations)) {
            files = list.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((x, y) -> Integer.compare(version(x), version(y))).toList();
        }
        for (Path file : files) {
            log("applying %s", file);
            store.execute(Files.readString(file));
        }
    }

    private static int version(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private void generate(long events, int editionEvents) throws SQLException {
        // Enough editions for the shortest stories; the last ones opened are still being written when the count is reached.
        int editions = (int) Math.ceil(events / (editionEvents * 0.9)) + 1;
        List<EditionScript> scripts = new ArrayList<>();
        List<EditionScript> open = new ArrayList<>();
        List<EditionScript> waiting = new ArrayList<>();
        for (int i = 0; i < editions; i++) {
            int line = i / 3;
            int inLine = i % 3;
            EditionScript predecessor = inLine == 0 ? null : scripts.get(i - 1);
            int fromYear = 2010 + (line % 8) + 4 * inLine;
            int target = editionEvents - editionEvents / 10 + random.nextInt(editionEvents / 5 + 1);
            scripts.add(new EditionScript("edition-%04d".formatted(i), "line-%03d".formatted(line), fromYear, predecessor,
                    scripts, target, random.nextLong()));
        }
        waiting.addAll(scripts);
        log("generating %,d events over %d editions in %d lines", events, editions, (editions + 2) / 3);
        while (written + batch.size() < events) {
            // Editions are opened over time, so that a few dozen are being edited at any moment.
            while (!waiting.isEmpty() && (open.size() < 40 || random.nextInt(200) == 0)) {
                EditionScript next = waiting.remove(0);
                openEdition(next, events);
                open.add(next);
            }
            List<EditionScript> ready = open.stream().filter(EditionScript::ready).toList();
            if (ready.isEmpty()) {
                if (waiting.isEmpty()) {
                    throw new IllegalStateException("every edition told its story after " + (written + batch.size())
                            + " events: raise --edition-events or lower --events");
                }
                open.add(waiting.remove(0));
                openEdition(open.get(open.size() - 1), events);
                continue;
            }
            EditionScript script = ready.get(random.nextInt(ready.size()));
            int burst = 1 + random.nextInt(30);
            for (int i = 0; i < burst && script.ready() && written + batch.size() < events; i++) {
                for (EditionScript.Step step : script.next()) {
                    append(step.lineEvent() ? "StrategyLine" : "StrategyEdition",
                            step.lineEvent() ? script.lineId : script.strategyId, step.payload());
                }
            }
            open.removeIf(EditionScript::done);
        }
        flush();
    }

    private void openEdition(EditionScript script, long limit) throws SQLException {
        if (!sequences.containsKey(script.lineId)) {
            append("StrategyLine", script.lineId, new StrategyLineEstablished(script.lineId, "Strategy line " + script.lineId,
                    ORGANIZATIONS[Math.abs(script.lineId.hashCode()) % ORGANIZATIONS.length].code(),
                    new Change(LocalDate.of(script.fromYear - 1, 6, 1), "editor-0", "A new series of editions", null,
                            ChangeKind.REVISION)));
        }
        Organization organization = ORGANIZATIONS[Math.abs(script.lineId.hashCode()) % ORGANIZATIONS.length];
        for (EditionScript.Step step : script.open(organization)) {
            if (written + batch.size() < limit) {
                append(step.lineEvent() ? "StrategyLine" : "StrategyEdition",
                        step.lineEvent() ? script.lineId : script.strategyId, step.payload());
            }
        }
    }

    private void append(String aggregateType, String aggregateId, Object payload) throws SQLException {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        recorded = recorded.plusMillis(50 + random.nextInt(300_000));
        Map<String, Object> metaData = Map.of("traceId", uuid(), "correlationId", uuid());
        batch.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, metaData, uuid(), recorded));
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        store.append(batch);
        written += batch.size();
        batch.clear();
        if (written % 100_000 < batchSize) {
            log("%,d events written, recorded time %s", written, recorded);
        }
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    static void log(String format, Object... args) {
        System.err.printf("[generate] " + format + "%n", args);
    }
}
