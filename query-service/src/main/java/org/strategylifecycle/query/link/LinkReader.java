package org.strategylifecycle.query.link;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.query.annotation.AnnotationReader;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.query.edition.NumberPaths;
import org.strategylifecycle.query.annotation.AnnotationView;
import org.strategylifecycle.query.edition.StrategySummaryView;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads links between elements and editions: alignments both ways, lineage, supersessions. */
@Repository
public class LinkReader {

    private final JdbcClient jdbc;
    private final EditionReader editionReader;
    private final AnnotationReader annotations;

    LinkReader(JdbcClient jdbc, AnnotationReader annotations, EditionReader editionReader) {
        this.editionReader = editionReader;
        this.jdbc = jdbc;
        this.annotations = annotations;
    }

    /**
     * Alignments from or to an edition (or one of its elements when {@code elementId} is given), each
     * with the status of the editions at its two ends; a row with a draft at either end only when
     * {@code includeDrafts}: a draft is not yet a plan, and mixing its links in unmarked misleads.
     */
    public List<AlignmentView> alignments(String strategyId, String elementId, boolean includeDrafts) {
        record Row(String linkId, String direction, String fromStrategyId, String fromElementId, String fromNumber,
                   String fromTitle, String fromStatus, String toStrategyId, String toElementId, String toNumber,
                   String toTitle, String toStatus, String document, String number, String text, String basis,
                   JsonNode citation, String inferredFrom, LocalDate effectiveDate) {
        }
        List<Row> rows = jdbc.sql("""
                        select l.*, f.number as from_number, f.title as from_title, t.number as to_number,
                               t.title as to_title, fs.status as from_status, ts.status as to_status,
                               case when l.strategy_id = :s and (cast(:e as varchar) is null or l.element_id = :e)
                                    then 'SUPPORTS' else 'SUPPORTED_BY' end as direction
                        from query.link l
                        join query.strategy fs on fs.strategy_id = l.strategy_id
                        left join query.strategy ts on ts.strategy_id = l.target_strategy_id
                        left join query.element f on f.strategy_id = l.strategy_id and f.element_id = l.element_id
                        left join query.element t on t.strategy_id = l.target_strategy_id and t.element_id = l.target_element_id
                        where l.link_type = 'ALIGNMENT' and l.removed_on is null
                          and ((l.strategy_id = :s and (cast(:e as varchar) is null or l.element_id = :e))
                            or (l.target_strategy_id = :s and (cast(:e as varchar) is null or l.target_element_id = :e)))
                          and (:drafts or (fs.status <> 'DRAFT' and coalesce(ts.status, '') <> 'DRAFT'))
                        order by direction desc, l.strategy_id, l.element_id, l.link_id""")
                .param("s", strategyId).param("e", elementId).param("drafts", includeDrafts)
                .query((rs, i) -> new Row(rs.getString("link_id"), rs.getString("direction"),
                        rs.getString("strategy_id"), rs.getString("element_id"), rs.getString("from_number"),
                        rs.getString("from_title"), rs.getString("from_status"), rs.getString("target_strategy_id"),
                        rs.getString("target_element_id"), rs.getString("to_number"), rs.getString("to_title"),
                        rs.getString("to_status"), rs.getString("target_document"), rs.getString("target_number"),
                        rs.getString("target_text"), rs.getString("basis"), json(rs.getString("citation")),
                        rs.getString("inferred_from"), rs.getObject("effective_date", LocalDate.class)))
                .list();
        Set<String> editions = new HashSet<>();
        rows.forEach(r -> {
            editions.add(r.fromStrategyId());
            if (r.toStrategyId() != null) {
                editions.add(r.toStrategyId());
            }
        });
        NumberPaths paths = editionReader.numberPaths(editions);
        Map<String, List<AnnotationView>> notes = annotations.onLinks(editions);
        return rows.stream().map(r -> new AlignmentView(r.linkId(), r.direction(), r.fromStrategyId(), r.fromElementId(),
                        r.fromNumber(), paths.fullNumber(r.fromStrategyId(), r.fromElementId()), r.fromTitle(), r.fromStatus(),
                        r.toStrategyId(), r.toElementId(), r.toNumber(), paths.fullNumber(r.toStrategyId(), r.toElementId()),
                        r.toTitle(), r.toStatus(), r.document(), r.number(), r.text(), r.basis(), r.citation(),
                        r.inferredFrom(), r.effectiveDate(),
                        notes.getOrDefault(AnnotationReader.linkKey(r.fromStrategyId(), r.linkId()), List.of())))
                .toList();
    }

    /**
     * Every lineage link reachable from an element, towards its predecessors and its successors, with
     * the status of the editions at its two ends (drafts only when {@code includeDrafts}).
     */
    public List<LineageEdgeView> lineage(String strategyId, String elementId, boolean includeDrafts) {
        List<LineageEdgeView> edges = jdbc.sql("""
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
                        select distinct l.*, n.title as title, p.title as predecessor_title, ns.status as status,
                               ps.status as predecessor_status
                        from query.link l
                        join query.strategy ns on ns.strategy_id = l.strategy_id
                        left join query.strategy ps on ps.strategy_id = l.target_strategy_id
                        left join query.element n on n.strategy_id = l.strategy_id and n.element_id = l.element_id
                        left join query.element p on p.strategy_id = l.target_strategy_id and p.element_id = l.target_element_id
                        where l.link_type = 'LINEAGE'
                          and ((l.strategy_id, l.element_id) in (select * from back)
                            or (l.strategy_id, l.element_id) in (select * from forth))
                          and (:drafts or (ns.status <> 'DRAFT' and coalesce(ps.status, '') <> 'DRAFT'))
                        order by l.target_strategy_id, l.strategy_id, l.element_id""")
                .param("s", strategyId).param("e", elementId).param("drafts", includeDrafts)
                .query((rs, i) -> new LineageEdgeView(rs.getString("link_id"), rs.getString("strategy_id"),
                        rs.getString("element_id"), rs.getString("title"), rs.getString("status"), rs.getString("relation"),
                        rs.getString("target_strategy_id"), rs.getString("target_element_id"),
                        rs.getString("predecessor_title"), rs.getString("predecessor_status"), rs.getString("basis"),
                        json(rs.getString("citation")), rs.getString("inferred_from"), List.of()))
                .list();
        Set<String> editions = new HashSet<>();
        edges.forEach(e -> editions.add(e.strategyId()));
        Map<String, List<AnnotationView>> notes = annotations.onLinks(editions);
        return edges.stream().map(e -> new LineageEdgeView(e.lineageId(), e.strategyId(), e.elementId(), e.title(),
                        e.editionStatus(), e.relation(), e.predecessorStrategyId(), e.predecessorElementId(),
                        e.predecessorTitle(), e.predecessorEditionStatus(), e.basis(), e.citation(), e.inferredFrom(),
                        notes.getOrDefault(AnnotationReader.linkKey(e.strategyId(), e.lineageId()), List.of())))
                .toList();
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

    /** Element of {@code successor} → its predecessor element in {@code predecessor}, by lineage links. */
    public Map<String, String> lineagePairs(String successor, String predecessor) {
        Map<String, String> pairs = new HashMap<>();
        jdbc.sql("""
                        select element_id, target_element_id from query.link
                        where link_type = 'LINEAGE' and strategy_id = :to and target_strategy_id = :from""")
                .param("to", successor).param("from", predecessor)
                .query(rs -> {
                    pairs.putIfAbsent(rs.getString("element_id"), rs.getString("target_element_id"));
                });
        return pairs;
    }
}
