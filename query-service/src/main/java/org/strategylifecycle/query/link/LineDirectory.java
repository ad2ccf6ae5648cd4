package org.strategylifecycle.query.link;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.query.edition.StrategySummaryView;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every strategy line at once, each with its editions and supersessions: the dashboard's home page
 * lists them all, so two queries instead of one per line.
 */
@Repository
public class LineDirectory {

    private final JdbcClient jdbc;

    LineDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines in the order they were established; {@code editions} is every edition, in display order. */
    public List<LineView> lines(List<StrategySummaryView> editions) {
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        jdbc.sql("""
                        select aggregate_id, after::text as line from query.change
                        where event_type = 'StrategyLineEstablished' order by global_index""")
                .query(rs -> {
                    lines.put(rs.getString("aggregate_id"), StrategyJson.mapper().readTree(rs.getString("line")));
                });
        Map<String, List<LineView.Supersession>> supersessions = new LinkedHashMap<>();
        jdbc.sql("""
                        select l.*, s.line_id from query.link l join query.strategy s on s.strategy_id = l.strategy_id
                        where l.link_type = 'SUPERSESSION' order by l.effective_date""")
                .query(rs -> {
                    String citation = rs.getString("citation");
                    supersessions.computeIfAbsent(rs.getString("line_id"), k -> new ArrayList<>()).add(
                            new LineView.Supersession(rs.getString("strategy_id"), rs.getString("target_strategy_id"),
                                    rs.getString("basis"), citation == null ? null : StrategyJson.mapper().readTree(citation),
                                    rs.getString("inferred_from"), rs.getObject("effective_date", LocalDate.class)));
                });
        return lines.entrySet().stream()
                .map(line -> new LineView(line.getKey(), line.getValue(),
                        editions.stream().filter(e -> line.getKey().equals(e.lineId())).toList(),
                        supersessions.getOrDefault(line.getKey(), List.of())))
                .toList();
    }
}
