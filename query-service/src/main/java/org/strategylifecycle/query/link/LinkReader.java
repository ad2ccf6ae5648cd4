package org.strategylifecycle.query.link;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.query.annotation.AnnotationReader;
import org.strategylifecycle.query.edition.EditionReader;
import org.strategylifecycle.query.edition.ElementNames;
import org.strategylifecycle.query.edition.HistoryRows;
import org.strategylifecycle.query.annotation.AnnotationView;
import org.strategylifecycle.query.edition.StrategySummaryView;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads links between elements and editions: alignments both ways, lineage, supersessions. */
@Repository
public class LinkReader {

    private final JdbcClient jdbc;
    private final EditionReader editionReader;
    private final HistoryRows history;
    private final AnnotationReader annotations;

    LinkReader(JdbcClient jdbc, AnnotationReader annotations, EditionReader editionReader, HistoryRows history) {
        this.editionReader = editionReader;
        this.history = history;
        this.jdbc = jdbc;
        this.annotations = annotations;
    }

    /**
     * Alignments from or to an edition (or one of its elements when {@code elementId} is given), each
     * with the status of the editions at its two ends; a row with a draft at either end only when
     * {@code includeDrafts}: a draft is not yet a plan, and mixing its links in unmarked misleads.
     */
    public List<AlignmentView> alignments(String strategyId, String elementId, boolean includeDrafts) {
        record Row(String linkId, String direction, String fromStrategyId, String fromElementId, String toStrategyId,
                   String toElementId, String document, String number, String text, String basis, JsonNode citation,
                   String inferredFrom, LocalDate effectiveDate) {
        }
        List<Row> rows = jdbc.sql("""
                        select l.*, case when l.strategy_id = :s and (cast(:e as varchar) is null or l.element_id = :e)
                                         then 'SUPPORTS' else 'SUPPORTED_BY' end as direction
                        from query.link l
                        where l.link_type = 'ALIGNMENT' and l.removed_on is null
                          and ((l.strategy_id = :s and (cast(:e as varchar) is null or l.element_id = :e))
                            or (l.target_strategy_id = :s and (cast(:e as varchar) is null or l.target_element_id = :e)))
                        order by direction desc, l.strategy_id, l.element_id, l.link_id""")
                .param("s", strategyId).param("e", elementId)
                .query((rs, i) -> new Row(rs.getString("link_id"), rs.getString("direction"),
                        rs.getString("strategy_id"), rs.getString("element_id"), rs.getString("target_strategy_id"),
                        rs.getString("target_element_id"), rs.getString("target_document"), rs.getString("target_number"),
                        rs.getString("target_text"), rs.getString("basis"), json(rs.getString("citation")),
                        rs.getString("inferred_from"), rs.getObject("effective_date", LocalDate.class)))
                .list();
        ElementNames names = editionReader.names(editions(rows, Row::fromStrategyId, Row::toStrategyId));
        List<Row> shown = rows.stream()
                .filter(r -> shown(names, r.fromStrategyId(), r.toStrategyId(), includeDrafts)).toList();
        Map<String, List<AnnotationView>> notes = annotations.onLinks(editions(shown, Row::fromStrategyId, Row::toStrategyId));
        return shown.stream().map(r -> new AlignmentView(r.linkId(), r.direction(), r.fromStrategyId(), r.fromElementId(),
                        names.number(r.fromStrategyId(), r.fromElementId()),
                        names.fullNumber(r.fromStrategyId(), r.fromElementId()),
                        names.title(r.fromStrategyId(), r.fromElementId()), names.status(r.fromStrategyId()),
                        r.toStrategyId(), r.toElementId(), names.number(r.toStrategyId(), r.toElementId()),
                        names.fullNumber(r.toStrategyId(), r.toElementId()), names.title(r.toStrategyId(), r.toElementId()),
                        names.status(r.toStrategyId()), r.document(), r.number(), r.text(), r.basis(), r.citation(),
                        r.inferredFrom(), r.effectiveDate(),
                        notes.getOrDefault(AnnotationReader.linkKey(r.fromStrategyId(), r.linkId()), List.of())))
                .toList();
    }

    /**
     * Every lineage link reachable from an element, towards its predecessors and its successors, with
     * the status of the editions at its two ends (drafts only when {@code includeDrafts}).
     */
    public List<LineageEdgeView> lineage(String strategyId, String elementId, boolean includeDrafts) {
        record Row(String linkId, String strategyId, String elementId, String relation, String predecessorStrategyId,
                   String predecessorElementId, String basis, JsonNode citation, String inferredFrom) {
        }
        List<Row> rows = jdbc.sql("""
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
                        select distinct l.*
                        from query.link l
                        where l.link_type = 'LINEAGE'
                          and ((l.strategy_id, l.element_id) in (select * from back)
                            or (l.strategy_id, l.element_id) in (select * from forth))
                        order by l.target_strategy_id, l.strategy_id, l.element_id""")
                .param("s", strategyId).param("e", elementId)
                .query((rs, i) -> new Row(rs.getString("link_id"), rs.getString("strategy_id"),
                        rs.getString("element_id"), rs.getString("relation"), rs.getString("target_strategy_id"),
                        rs.getString("target_element_id"), rs.getString("basis"), json(rs.getString("citation")),
                        rs.getString("inferred_from")))
                .list();
        ElementNames names = editionReader.names(editions(rows, Row::strategyId, Row::predecessorStrategyId));
        List<Row> shown = rows.stream()
                .filter(r -> shown(names, r.strategyId(), r.predecessorStrategyId(), includeDrafts)).toList();
        Map<String, List<AnnotationView>> notes = annotations.onLinks(
                shown.stream().map(Row::strategyId).collect(Collectors.toSet()));
        return shown.stream().map(r -> new LineageEdgeView(r.linkId(), r.strategyId(), r.elementId(),
                        names.title(r.strategyId(), r.elementId()), names.status(r.strategyId()), r.relation(),
                        r.predecessorStrategyId(), r.predecessorElementId(),
                        names.title(r.predecessorStrategyId(), r.predecessorElementId()),
                        names.status(r.predecessorStrategyId()), r.basis(), r.citation(), r.inferredFrom(),
                        notes.getOrDefault(AnnotationReader.linkKey(r.strategyId(), r.linkId()), List.of())))
                .toList();
    }

    /** The editions at either end of these links (an external target has none). */
    private static <R> Set<String> editions(List<R> rows, Function<R, String> from, Function<R, String> to) {
        Set<String> editions = new HashSet<>();
        rows.forEach(r -> {
            editions.add(from.apply(r));
            if (to.apply(r) != null) {
                editions.add(to.apply(r));
            }
        });
        return editions;
    }

    /**
     * Whether a link is shown: its own edition is held (a link is its edition's event, so it always is
     * but while the edition read model alone is being rebuilt), and a draft is at neither end unless
     * {@code includeDrafts}: a draft is not yet a plan, and mixing its links in unmarked misleads.
     */
    private static boolean shown(ElementNames names, String from, String to, boolean includeDrafts) {
        String fromStatus = names.status(from);
        return fromStatus != null
                && (includeDrafts || (!"DRAFT".equals(fromStatus) && !"DRAFT".equals(names.status(to))));
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
        List<HistoryRows.EstablishedLine> lines = history.lines(lineId);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<String, String> lineOf = new HashMap<>();
        editions.stream().filter(e -> e.lineId() != null && (lineId == null || lineId.equals(e.lineId())))
                .forEach(e -> lineOf.put(e.strategyId(), e.lineId()));
        Map<String, List<LineView.Supersession>> supersessions = new HashMap<>();
        jdbc.sql("""
                        select * from query.link where link_type = 'SUPERSESSION' and strategy_id = any(:ids::varchar[])
                        order by effective_date""")
                .param("ids", lineOf.keySet().toArray(String[]::new))
                .query(rs -> {
                    supersessions.computeIfAbsent(lineOf.get(rs.getString("strategy_id")), id -> new ArrayList<>()).add(
                            new LineView.Supersession(rs.getString("strategy_id"), rs.getString("target_strategy_id"),
                                    rs.getString("basis"), json(rs.getString("citation")), rs.getString("inferred_from"),
                                    rs.getObject("effective_date", LocalDate.class)));
                });
        return lines.stream()
                .map(line -> new LineView(line.lineId(), line.established(),
                        editions.stream().filter(e -> line.lineId().equals(e.lineId())).toList(),
                        supersessions.getOrDefault(line.lineId(), List.of())))
                .toList();
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
