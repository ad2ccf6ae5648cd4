package org.strategylifecycle.query;

import org.strategylifecycle.query.projection.BatchedWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strategylifecycle.query.config.TrackingPositions;

import java.time.Duration;

/**
 * A digest of every row of the read models: equal digests, equal read models. A history row's
 * {@code written_by} and {@code written_seq} (which transaction wrote it, for live updates) are not content:
 * left out.
 */
public final class ReadModels {

    private ReadModels() {
    }

    /** Waits until every segment of the projection has passed every event in the store. */
    public static void awaitCaughtUp(JdbcClient jdbc, TrackingPositions positions, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long stored = jdbc.sql("select coalesce(max(global_index), -1) from public.domain_event_entry")
                    .query(Long.class).single();
            if (positions.position(BatchedWriter.GROUP) >= stored) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the projection did not catch up with position " + stored + ": "
                        + positions.segments(BatchedWriter.GROUP));
            }
            Thread.sleep(50);
        }
    }

    public static String digest(JdbcClient jdbc) {
        return jdbc.sql("""
                        select md5(string_agg(t, '|' order by t)) from (
                            select 's' || s::text as t from query.strategy s
                            union all select 'e' || e::text from query.element e
                            union all select 'r' || r::text from query.measure_reading r
                            union all select 'l' || l::text from query.link l
                            union all select 'a' || a::text from query.annotation a
                            union all select 'c' || (to_jsonb(c) - 'written_by' - 'written_seq')::text from query.change c) rows""")
                .query(String.class).single();
    }
}
