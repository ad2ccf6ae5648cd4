package org.strategylifecycle.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.strategylifecycle.query.projection.TableWriter.array;

/**
 * The events of one unit of work (a tracking processor's batch, up to 2,000 events), applied
 * together. The read models' handlers only queue what each event does; at commit the batch asks once
 * which of its events were applied before (the idempotency probe), then gives each read model its
 * events in order: the model loads the rows they read, applies them in memory and writes each of its
 * tables once, all in the transaction that also stores the processor's token. So a batch costs a
 * handful of round trips whatever its size, and a redelivered event is skipped whole.
 */
final class EventBatch {

    /**
     * What one event does to one read model; {@code probed}: skipped if the event was applied
     * before (false while the model alone is rebuilt, and for an event of a suspect aggregate, which
     * {@link BatchedWriter} probed itself).
     */
    record Pending(ReadModel<?> model, Recorded recorded, Object reads, Consumer<ReadModel.Batch> change,
                   boolean probed) {
    }

    private final JdbcTemplate jdbc;
    private final List<Pending> pending = new ArrayList<>();
    private RuntimeException failure;

    EventBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Pending p) {
        pending.add(p);
    }

    /** Makes the batch fail at its flush: an event applied on its own met a database out of reach. */
    void fail(RuntimeException cause) {
        failure = cause;
    }

    /**
     * The aggregates whose events this batch holds: the sequences one of which failed, if the batch
     * fails. A flush that fails keeps its events, so this is asked only then (asked before every flush,
     * it took about 2 % of the processor threads' CPU in a replay).
     */
    Set<String> aggregates() {
        Set<String> ids = new LinkedHashSet<>();
        pending.forEach(p -> ids.add(p.recorded().aggregateId()));
        return ids;
    }

    /**
     * Leaves out what was applied before, then lets each read model load, apply and write its share.
     * The events are let go only once every share is written: a flush that throws keeps them.
     */
    void flush() {
        if (failure != null) {
            throw failure;
        }
        if (pending.isEmpty()) {
            return;
        }
        Set<String> applied = appliedEvents(pending.stream().filter(Pending::probed).map(Pending::recorded).toList());
        Map<ReadModel<?>, List<Pending>> byModel = new LinkedHashMap<>();
        for (Pending p : pending) {
            if (!p.probed() || applied.isEmpty() || !applied.contains(key(p.recorded()))) {
                byModel.computeIfAbsent(p.model(), m -> new ArrayList<>()).add(p);
            }
        }
        byModel.forEach((model, events) -> {
            ReadModel.Batch batch = model.newBatch();
            List<Object> reads = new ArrayList<>();
            events.forEach(p -> {
                if (p.reads() != null) {
                    reads.add(p.reads());
                }
            });
            batch.load(reads);
            events.forEach(p -> p.change().accept(batch));
            batch.write();
        });
        pending.clear();
    }

    /** Whether this one event was applied before. */
    boolean applied(Recorded r) {
        return !appliedEvents(List.of(r)).isEmpty();
    }

    private static String key(Recorded r) {
        return r.aggregateId() + '\u0000' + r.sequenceNumber();
    }

    /**
     * Which of these events have their history row already: they were applied before (every event
     * writes exactly one history row, in the transaction of all its other rows). An aggregate's events
     * are applied in order and a batch commits whole, so when no history row of an aggregate lies at or
     * after its first event in this batch, none of its events here was applied: one index probe per
     * aggregate answers the usual case (a replay, or a processor keeping up) in any segment, and only a
     * batch that meets rows it wrote before looks its events up one by one.
     */
    private Set<String> appliedEvents(List<Recorded> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        Map<String, Long> firsts = new HashMap<>();
        events.forEach(e -> firsts.merge(e.aggregateId(), e.sequenceNumber(), Math::min));
        String[] firstAggregates = firsts.keySet().toArray(String[]::new);
        Long[] firstSequences = Arrays.stream(firstAggregates).map(firsts::get).toArray(Long[]::new);
        Boolean seen = jdbc.query("""
                        select exists (select 1 from unnest(?, ?) as e(aggregate_id, sequence_number)
                          join query.change c on c.aggregate_id = e.aggregate_id and c.sequence_number >= e.sequence_number)""",
                ps -> {
                    ps.setArray(1, array(ps, "varchar", firstAggregates));
                    ps.setArray(2, array(ps, "bigint", firstSequences));
                },
                (ResultSet rs) -> rs.next() && rs.getBoolean(1));
        if (!Boolean.TRUE.equals(seen)) {
            return Set.of();
        }
        // An event several read models apply is queued once for each: ask for it once.
        Map<String, Recorded> distinct = new LinkedHashMap<>();
        events.forEach(e -> distinct.putIfAbsent(key(e), e));
        String[] aggregates = distinct.values().stream().map(Recorded::aggregateId).toArray(String[]::new);
        Long[] sequences = distinct.values().stream().map(Recorded::sequenceNumber).toArray(Long[]::new);
        Set<String> applied = new HashSet<>();
        jdbc.query("""
                        select c.aggregate_id, c.sequence_number from query.change c
                        join unnest(?, ?) as e(aggregate_id, sequence_number)
                          on c.aggregate_id = e.aggregate_id and c.sequence_number = e.sequence_number""",
                ps -> {
                    ps.setArray(1, array(ps, "varchar", aggregates));
                    ps.setArray(2, array(ps, "bigint", sequences));
                },
                (ResultSet rs) -> {
                    applied.add(rs.getString(1) + '\u0000' + rs.getLong(2));
                });
        return applied;
    }
}
