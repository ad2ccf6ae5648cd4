package org.strategylifecycle.query.edition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.StrategyJson;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the read uses built on the history rows ask of them, read here beside the table the edition
 * projection writes with every event: the lines as established, the links an edition had at a time,
 * and who last changed each element's content. A time view is a fold of the rows that qualify
 * (docs/adr/0006): effective by a date and recorded by a time, in the order effective date, then position.
 */
@Repository
public class HistoryRows {

    /** A strategy line as its StrategyLineEstablished row holds it ({@code established}: title, organization). */
    public record EstablishedLine(String lineId, JsonNode established) {
    }

    /** One link from {@code elementId}; {@code details} holds the event's target or predecessor and provenance. */
    public record Link(String elementId, boolean alignment, JsonNode details) {
    }

    /** The last content change of an element: its source (a citation, or null), rationale, kind and effective date. */
    public record ContentChange(String elementId, Citation source, String rationale, String changeKind,
                                LocalDate effectiveDate) {
    }

    private final JdbcClient jdbc;

    HistoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The strategy lines established (all of them when {@code lineId} is null), by id. */
    public List<EstablishedLine> lines(String lineId) {
        return jdbc.sql("""
                        select aggregate_id, after from query.change where event_type = 'StrategyLineEstablished'
                          and (cast(:line as varchar) is null or aggregate_id = :line)
                        order by aggregate_id""")
                .param("line", lineId)
                .query((rs, i) -> new EstablishedLine(rs.getString("aggregate_id"), json(rs.getString("after"))))
                .list();
    }

    /**
     * The alignments and lineage links an edition's elements had as of an effective date, as known at a
     * recorded time (either null: now), so a removal counts from its own effective date and only once
     * it was recorded.
     */
    public List<Link> links(String strategyId, LocalDate asOf, Instant knownAt) {
        Map<String, Link> links = new LinkedHashMap<>();
        jdbc.sql("""
                        select event_type, element_id, before, after from query.change
                        where strategy_id = :id and event_type in ('ObjectiveAligned', 'AlignmentRemoved', 'LineageLinked')
                          and effective_date <= :date and recorded_at <= :known
                        order by effective_date, global_index""")
                .param("id", strategyId).param("date", date(asOf)).param("known", known(knownAt))
                .query(rs -> {
                    String event = rs.getString("event_type");
                    JsonNode before = json(rs.getString("before"));
                    JsonNode after = json(rs.getString("after"));
                    switch (event) {
                        case "ObjectiveAligned" -> links.put("a:" + after.get("alignmentId").asString(),
                                new Link(rs.getString("element_id"), true, after));
                        case "AlignmentRemoved" -> links.remove("a:" + before.get("alignmentId").asString());
                        default -> links.put("l:" + after.get("lineageId").asString(),
                                new Link(rs.getString("element_id"), false, after));
                    }
                });
        return new ArrayList<>(links.values());
    }

    /**
     * Per element of an edition, by element id, the row whose content the element shows in a time view
     * (either time null: now): its last content change effective by {@code asOf} and recorded by {@code knownAt}.
     */
    public List<ContentChange> lastContentChanges(String strategyId, LocalDate asOf, Instant knownAt) {
        return jdbc.sql("""
                        select distinct on (element_id) element_id, source::text as source, rationale, change_kind,
                               effective_date
                        from query.change
                        where strategy_id = :id and content_change and element_id is not null
                          and effective_date <= :date and recorded_at <= :known
                        order by element_id, effective_date desc, global_index desc""")
                .param("id", strategyId).param("date", date(asOf)).param("known", known(knownAt))
                .query((rs, i) -> {
                    String source = rs.getString("source");
                    return new ContentChange(rs.getString("element_id"),
                            source == null ? null : StrategyJson.mapper().readValue(source, Citation.class),
                            rs.getString("rationale"), rs.getString("change_kind"),
                            rs.getObject("effective_date", LocalDate.class));
                })
                .list();
    }

    /** A time view's effective date: no date is every change, whatever its date. */
    static LocalDate date(LocalDate asOf) {
        return asOf == null ? LocalDate.of(9999, 12, 31) : asOf;
    }

    /** A time view's recorded time: no time is now. */
    static Instant knownBy(Instant knownAt) {
        return knownAt == null ? Instant.now() : knownAt;
    }

    static Timestamp known(Instant knownAt) {
        return Timestamp.from(knownBy(knownAt));
    }

    private static JsonNode json(String value) {
        return value == null ? null : StrategyJson.mapper().readTree(value);
    }
}
