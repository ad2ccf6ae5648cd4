package org.strategylifecycle.query.history;

import org.strategylifecycle.query.projection.BatchedWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.query.config.TrackingPositions;
import tools.jackson.databind.JsonNode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the revision history, filtered by edition, element, actor and effective period, a page at a
 * time by cursor, in the order of (position, aggregate, sequence number). A change's position is
 * where its segment of the projection stood when it applied it. A page shows only changes at or
 * below the settled position ({@link #settledPosition()}), so a change applied later sorts after
 * every cursor handed out before: a walk neither skips nor repeats a change while new ones arrive.
 */
@Repository
public class HistoryReader {

    /**
     * How long a missing event-store position is waited for. A command's transaction commits within
     * milliseconds of taking its positions (an import of a large plan within a few seconds); a
     * position still missing after this was rolled back (a refused concurrent write) and would
     * otherwise hold back every newer change from the history until Axon forgets the gap.
     */
    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);

    public record Filter(String strategyId, String elementId, String actor, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;
    private final TrackingPositions positions;
    private final Clock clock;

    HistoryReader(JdbcClient jdbc, TrackingPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.clock = Clock.systemUTC();
    }

    /** Changes oldest first, after {@code cursor} (from the beginning when null). */
    public Slice page(Filter filter, HistoryCursor cursor, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        condition(where, params, "strategy_id = :strategy", "strategy", filter.strategyId());
        condition(where, params, "element_id = :element", "element", filter.elementId());
        condition(where, params, "actor = :actor", "actor", filter.actor());
        condition(where, params, "effective_date >= :from", "from", filter.from());
        condition(where, params, "effective_date <= :to", "to", filter.to());
        long settled = settledPosition();
        condition(where, params, "global_index <= :settled", "settled", settled);
        if (cursor != null) {
            where.add("(global_index, aggregate_id, sequence_number) > (:position, :aggregate, :sequence)");
            params.putAll(Map.of("position", cursor.position(), "aggregate", cursor.aggregateId(), "sequence", cursor.sequenceNumber()));
        }
        params.put("limit", size + 1);
        List<ChangeView> rows = jdbc.sql("select * from query.change where " + String.join(" and ", where)
                        + " order by global_index, aggregate_id, sequence_number limit :limit")
                .params(params).query(HistoryReader::change).list();
        return Slice.of(rows, size, settled, HistoryCursor.Direction.FORWARD);
    }

    /** The latest changes across all editions, newest first, before {@code cursor} (from the newest when null). */
    public Slice latest(HistoryCursor cursor, int limit) {
        long settled = settledPosition();
        List<ChangeView> rows = jdbc.sql("""
                        select * from query.change where global_index <= :settled
                          and (global_index, aggregate_id, sequence_number) < (:position, :aggregate, :sequence)
                        order by global_index desc, aggregate_id desc, sequence_number desc limit :limit""")
                .param("settled", settled)
                .param("position", cursor == null ? Long.MAX_VALUE : cursor.position())
                .param("aggregate", cursor == null ? "" : cursor.aggregateId())
                .param("sequence", cursor == null ? 0 : cursor.sequenceNumber())
                .param("limit", limit + 1)
                .query(HistoryReader::change).list();
        return Slice.of(rows, limit, settled, HistoryCursor.Direction.BACKWARD);
    }

    /** Up to a page of changes; {@code next} (null at the end) continues after the last of them. */
    public record Slice(List<ChangeView> changes, long position, HistoryCursor next) {

        /** {@code rows}: one more than a page when there is more. */
        static Slice of(List<ChangeView> rows, int size, long position, HistoryCursor.Direction direction) {
            if (rows.size() <= size) {
                return new Slice(rows, position, null);
            }
            List<ChangeView> page = rows.subList(0, size);
            return new Slice(page, position, HistoryCursor.after(direction, page.get(size - 1)));
        }
    }

    /**
     * The position at or below which no change will be added any more: the lowest position of the
     * projection's segments (each applies its own share of the events, one may run behind), or
     * below the first position they are still waiting for. PostgreSQL hands out event positions
     * before transactions commit, so an event can appear after events with higher positions were
     * applied; the tracking token keeps its position as a gap and applies it, at the position
     * reached by then, when it appears. A gap whose next change was recorded more than
     * {@link #GAP_TIMEOUT} ago holds nothing back.
     */
    long settledPosition() {
        List<TrackingPositions.SegmentToken> segments = positions.segments(BatchedWriter.GROUP);
        long settled = segments.stream().mapToLong(TrackingPositions.SegmentToken::position).min().orElse(-1);
        List<Long> gaps = segments.stream().flatMap(segment -> segment.gaps().stream())
                .filter(gap -> gap <= settled).distinct().toList();
        if (gaps.isEmpty()) {
            return settled;
        }
        Long waitingFor = jdbc.sql("""
                        select min(gap) from unnest(array[:gaps]::bigint[]) as gap
                        where coalesce((select recorded_at from query.change where global_index > gap
                                        order by global_index limit 1), :recent) >= :recent""")
                .param("gaps", gaps).param("recent", Timestamp.from(clock.instant().minus(GAP_TIMEOUT)))
                .query(Long.class).single();
        return waitingFor == null ? settled : waitingFor - 1;
    }

    private static void condition(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    /**
     * The edition's last recorded event (as known at {@code knownAt}, when given): the point of its
     * history that a read of the edition reflects. Empty when nothing of it is recorded.
     */
    public java.util.Optional<ChainHead> head(String strategyId, java.time.Instant knownAt) {
        return jdbc.sql("""
                        select sequence_number, chain_hash from query.change
                        where aggregate_id = :id and (cast(:knownAt as timestamptz) is null or recorded_at <= :knownAt)
                        order by sequence_number desc limit 1""")
                .param("id", strategyId)
                .param("knownAt", knownAt == null ? null : Timestamp.from(knownAt))
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    private static ChangeView change(ResultSet rs, int row) throws SQLException {
        return new ChangeView(rs.getLong("global_index"), rs.getString("aggregate_id"), rs.getLong("sequence_number"),
                rs.getString("strategy_id"), rs.getString("element_id"), rs.getString("element_type"),
                rs.getString("event_type"), rs.getString("change_kind"), rs.getObject("effective_date", LocalDate.class),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"), rs.getString("rationale"),
                json(rs.getString("source")), json(rs.getString("before")), json(rs.getString("after")),
                rs.getString("chain_hash"));
    }

    private static JsonNode json(String value) {
        return value == null ? null : StrategyJson.mapper().readTree(value);
    }
}
