package org.strategylifecycle.query.link;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.query.edition.StrategySummaryView;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads links between elements and editions: alignments both ways, lineage, supersessions. */
@Repository
public class LinkReader {

    private final JdbcClient jdbc;

    LinkReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Alignments from or to an edition (or one of its elements when {@code elementId} is given). */
    public List<AlignmentView> alignments(String strategyId, String elementId) {
        return jdbc.sql("""
                        select l.*, f.number as from_number, f.title as from_title, t.number as to_number,
                               t.title as to_title,
                               case when l.strategy_id = :s and (cast(:e as varchar) is null or l.element_id = :e)
                                    then 'SUPPORTS' else 'SUPPORTED_BY' end as direction
                        from query.link l
                        left join query.element f on f.strategy_id = l.strategy_id and f.element_id = l.element_id
                        left join query.element t on t.strategy_id = l.target_strategy_id and t.element_id = l.target_element_id
                        where l.link_type = 'ALIGNMENT' and l.removed_on is null
                          and ((l.strategy_id = :s and (cast(:e as varchar) is null or l.element_id = :e))
                            or (l.target_strategy_id = :s and (cast(:e as varchar) is null or l.target_element_id = :e)))
                        order by direction desc, l.strategy_id, l.element_id, l.link_id""")
                .param("s", strategyId).param("e", elementId)
                .query((rs, i) -> new AlignmentView(rs.getString("link_id"), rs.getString("direction"),
                        rs.getString("strategy_id"), rs.getString("element_id"), rs.getString("from_number"),
                        rs.getString("from_title"), rs.getString("target_strategy_id"), rs.getString("target_element_id"),
                        rs.getString("to_number"), rs.getString("to_title"), rs.getString("target_document"),
                        rs.getString("target_number"), rs.getString("target_text"), rs.getString("basis"),
                        json(rs.getString("citation")), rs.getString("inferred_from"),
                        rs.getObject("effective_date", LocalDate.class)))
                .list();
    }

    /** Every lineage link reachable from an element, towards its predecessors and its successors. */
    public List<LineageEdgeView> lineage(String strategyId, String elementId) {
        return jdbc.sql("""
                        with recursive back(strategy_id, element_id) as (
                            select cast(:s as varchar), cast(:e as varchar)
                            union
                            select l.target_strategy_id, l.target_element_id from query.link l
                            join back b on l.strategy_id = b.strategy_id and l.element_id = b.element_id
                            where l.link_type = 'LINEAGE'
                        ), forth(strategy_id, element_id) as (
                            select cast(:s as varchar), cast(:e as varchar)
                            union
                            select l.strategy_id, l.element_id from query.link l
                            join forth f on l.target_strategy_id = f.strategy_id and l.target_element_id = f.element_id
                            where l.link_type = 'LINEAGE'
                        )
                        select distinct l.*, n.title as title, p.title as predecessor_title
                        from query.link l
                        left join query.element n on n.strategy_id = l.strategy_id and n.element_id = l.element_id
                        left join query.element p on p.strategy_id = l.target_strategy_id and p.element_id = l.target_element_id
                        where l.link_type = 'LINEAGE'
                          and ((l.strategy_id, l.element_id) in (select * from back)
                            or (l.strategy_id, l.element_id) in (select * from forth))
                        order by l.target_strategy_id, l.strategy_id, l.element_id""")
                .param("s", strategyId).param("e", elementId)
                .query((rs, i) -> new LineageEdgeView(rs.getString("strategy_id"), rs.getString("element_id"),
                        rs.getString("title"), rs.getString("relation"), rs.getString("target_strategy_id"),
                        rs.getString("target_element_id"), rs.getString("predecessor_title"), rs.getString("basis"),
                        json(rs.getString("citation")), rs.getString("inferred_from")))
                .list();
    }

    public Optional<LineView> line(String lineId, List<StrategySummaryView> editions) {
        return lines(lineId, editions).stream().findFirst();
    }

    /** Every strategy line, by id, with its editions and supersessions. */
    public List<LineView> lines(List<StrategySummaryView> editions) {
        return lines(null, editions);
    }

    /** The lines (all of them when {@code lineId} is null), in two queries whatever their number. */
    private List<LineView> lines(String lineId, List<StrategySummaryView> editions) {
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        jdbc.sql("""
                        select aggregate_id, after from query.change where event_type = 'StrategyLineEstablished'
                          and (cast(:line as varchar) is null or aggregate_id = :line)
                        order by aggregate_id""")
                .param("line", lineId)
                .query(rs -> {
                    lines.put(rs.getString("aggregate_id"), json(rs.getString("after")));
                });
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<String, List<LineView.Supersession>> supersessions = new HashMap<>();
        jdbc.sql("""
                        select s.line_id, l.* from query.link l join query.strategy s on s.strategy_id = l.strategy_id
                        where l.link_type = 'SUPERSESSION' and (cast(:line as varchar) is null or s.line_id = :line)
                        order by l.effective_date""")
                .param("line", lineId)
                .query(rs -> {
                    supersessions.computeIfAbsent(rs.getString("line_id"), id -> new ArrayList<>()).add(
                            new LineView.Supersession(rs.getString("strategy_id"), rs.getString("target_strategy_id"),
                                    rs.getString("basis"), json(rs.getString("citation")), rs.getString("inferred_from"),
                                    rs.getObject("effective_date", LocalDate.class)));
                });
        return lines.entrySet().stream()
                .map(line -> new LineView(line.getKey(), line.getValue(),
                        editions.stream().filter(e -> line.getKey().equals(e.lineId())).toList(),
                        supersessions.getOrDefault(line.getKey(), List.of())))
                .toList();
    }

    public boolean elementExists(String strategyId, String elementId) {
        return jdbc.sql("select count(*) from query.element where strategy_id = :s and element_id = :e")
                .param("s", strategyId).param("e", elementId).query(Long.class).single() > 0;
    }

    private static JsonNode json(String value) {
        return value == null ? null : StrategyJson.mapper().readTree(value);
    }
}
