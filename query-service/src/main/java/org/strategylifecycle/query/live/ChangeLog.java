package org.strategylifecycle.query.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the history table ({@code query.change}) as live updates deliver it: in (transaction,
 * row) order and only below the horizon, the oldest transaction still running anywhere in the
 * PostgreSQL cluster. Every row below it is visible to the reading statement and no row can be added
 * there later, so a reader that moves its cursor to the horizon skips nothing (V5__live_updates.sql).
 */
@Component
class ChangeLog {

    /** One history row; {@code replayed}: a rebuild wrote it again, it is no news. */
    record Row(Cursor cursor, boolean replayed, ChangeNotice notice) {
    }

    /**
     * The rows after a cursor, up to {@code limit}; {@code horizon}: every row of an older
     * transaction has been read once the page is not full; {@code waiting}: rows are committed at
     * or beyond the horizon, readable as soon as the older transactions end. While no row can be
     * news ({@link #NEWS}), the page is empty and waits for nothing: a reader moves up to the horizon
     * without reading what a rebuild writes.
     */
    record Page(List<Row> rows, boolean full, long horizon, boolean waiting) {

        /** Where a reader stands after this page. */
        Cursor next(Cursor from) {
            Cursor last = rows.isEmpty() ? from : rows.get(rows.size() - 1).cursor();
            return full ? last : Cursor.max(last, Cursor.before(horizon));
        }
    }

    private static final String HORIZON = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";
    /**
     * Whether any row of the history may be news. None is while a rebuild writes the history again
     * and no segment has passed the position it started from: every row then lies at or below the
     * position the truncation recorded and was written after it, the rows {@link #COLUMNS} marks as
     * replayed, which no stream is told of. Asked as the history's highest position and its oldest
     * writer, two probes of its indexes however many rows a rebuild has written (an {@code exists}
     * with a filter is planned as a scan of the table, which finds nothing in a rebuild). Materialized
     * apart from the horizon, so that it is asked once per page although the page uses it twice, while
     * the horizon stays a constant the {@code waiting} probe can use its index with.
     */
    private static final String NEWS = """
            coalesce((select max(global_index) from query.change) > (select last_position from query.change_reset)
                     or (select min(written_by) from query.change) <= (select reset_by from query.change_reset), false)""";
    private static final String COLUMNS = """
            c.written_by, c.written_seq, c.global_index, c.aggregate_id, c.sequence_number, c.strategy_id, c.element_id,
            c.event_type, c.effective_date, c.recorded_at, c.actor,
            (c.written_by > r.reset_by and c.global_index <= r.last_position) as replayed""";

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a reader starts that wants only what is written from now on. */
    Cursor now() {
        return Cursor.before(jdbc.sql("select " + HORIZON).query(Long.class).single());
    }

    /** Whether a cursor names a transaction that has begun: an id from the future was never sent. */
    boolean reached(Cursor cursor) {
        return cursor.transaction() < jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
                .query(Long.class).single();
    }

    /** The transaction of the last rebuild's truncation (0 before any); cursors up to it predate the rebuild. */
    long resetBy() {
        return jdbc.sql("select reset_by from query.change_reset").query(Long.class).single();
    }

    /** The next rows after {@code from}, all of one statement's snapshot, with the horizon of that snapshot. */
    Page after(Cursor from, int limit) {
        List<Row> rows = new ArrayList<>();
        long[] horizon = {0};
        boolean[] waiting = {false};
        jdbc.sql("""
                        with n as materialized (select %s as news),
                             h as (select %s as horizon, (select news from n) as news)
                        select h.horizon,
                               h.news and exists (select 1 from query.change w where w.written_by >= h.horizon) as waiting,
                               c.*
                        from h left join lateral (
                            select %s
                            from query.change c cross join query.change_reset r
                            where h.news and (c.written_by, c.written_seq) > (:transaction, :entry) and c.written_by < h.horizon
                            order by c.written_by, c.written_seq
                            limit :limit) c on true
                        order by c.written_by, c.written_seq""".formatted(NEWS, HORIZON, COLUMNS))
                .param("transaction", from.transaction()).param("entry", from.entry()).param("limit", limit)
                .query(rs -> {
                    horizon[0] = rs.getLong("horizon");
                    waiting[0] = rs.getBoolean("waiting");
                    if (rs.getObject("written_by") != null) {
                        rows.add(row(rs));
                    }
                });
        return new Page(rows, rows.size() == limit, horizon[0], waiting[0]);
    }

    /** The rows of one edition (all when {@code strategyId} is null) after {@code from} and up to {@code to}. */
    List<Row> between(String strategyId, Cursor from, Cursor to, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("fromTransaction", from.transaction(),
                "fromEntry", from.entry(), "toTransaction", to.transaction(), "toEntry", to.entry(), "limit", limit));
        if (strategyId != null) {
            params.put("strategyId", strategyId);
        }
        return jdbc.sql("""
                        select %s
                        from query.change c cross join query.change_reset r
                        where (c.written_by, c.written_seq) > (:fromTransaction, :fromEntry)
                          and (c.written_by, c.written_seq) <= (:toTransaction, :toEntry) %s
                        order by c.written_by, c.written_seq
                        limit :limit""".formatted(COLUMNS, strategyId == null ? "" : "and c.strategy_id = :strategyId"))
                .params(params)
                .query((rs, i) -> row(rs)).list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp recordedAt = rs.getTimestamp("recorded_at");
        ChangeNotice notice = new ChangeNotice(rs.getString("strategy_id"), rs.getString("element_id"),
                rs.getString("event_type"), rs.getString("aggregate_id"), rs.getLong("sequence_number"),
                rs.getLong("global_index"), rs.getObject("effective_date", LocalDate.class),
                recordedAt.toInstant(), rs.getString("actor"));
        return new Row(new Cursor(rs.getLong("written_by"), rs.getLong("written_seq")), rs.getBoolean("replayed"),
                notice);
    }
}
