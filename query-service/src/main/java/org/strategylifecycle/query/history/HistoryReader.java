package org.strategylifecycle.query.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.StrategyJson;
import tools.jackson.databind.JsonNode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the revision history, filtered by edition, element, actor and effective period. */
@Repository
public class HistoryReader {

    public record Filter(String strategyId, String elementId, String actor, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;

    HistoryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public HistoryPage page(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        condition(where, params, "strategy_id = :strategy", "strategy", filter.strategyId());
        condition(where, params, "element_id = :element", "element", filter.elementId());
        condition(where, params, "actor = :actor", "actor", filter.actor());
        condition(where, params, "effective_date >= :from", "from", filter.from());
        condition(where, params, "effective_date <= :to", "to", filter.to());
        String sql = "select * from query.change" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by global_index, aggregate_id, sequence_number limit :limit offset :offset";
        params.put("limit", size + 1);
        params.put("offset", (long) page * size);
        List<ChangeView> rows = jdbc.sql(sql).params(params).query(HistoryReader::change).list();
        long position = jdbc.sql("select coalesce(max(global_index), -1) from query.change").query(Long.class).single();
        boolean hasMore = rows.size() > size;
        return new HistoryPage(page, size, hasMore, position, hasMore ? rows.subList(0, size) : rows);
    }

    /** The latest changes across all editions, newest first. */
    public List<ChangeView> latest(int limit) {
        return jdbc.sql("select * from query.change order by global_index desc, aggregate_id, sequence_number desc limit :limit")
                .param("limit", limit).query(HistoryReader::change).list();
    }

    private static void condition(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    private static ChangeView change(ResultSet rs, int row) throws SQLException {
        return new ChangeView(rs.getLong("global_index"), rs.getString("aggregate_id"), rs.getLong("sequence_number"),
                rs.getString("strategy_id"), rs.getString("element_id"), rs.getString("element_type"),
                rs.getString("event_type"), rs.getString("change_kind"), rs.getObject("effective_date", LocalDate.class),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"), rs.getString("rationale"),
                json(rs.getString("source")), json(rs.getString("before")), json(rs.getString("after")));
    }

    private static JsonNode json(String value) {
        return value == null ? null : StrategyJson.mapper().readTree(value);
    }
}
