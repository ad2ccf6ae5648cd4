package org.strategylifecycle.query.stratml;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
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
 * The alignments and lineage links an edition's elements had as of an effective date, as known at a
 * recorded time: folded from the history rows (docs/adr/0006), so a removal counts from its own
 * effective date and only once it was recorded.
 */
@Repository
class EditionLinks {

    /** One link from {@code elementId}; {@code details} holds the event's target or predecessor and provenance. */
    record Link(String elementId, boolean alignment, JsonNode details) {
    }

    private final JdbcClient jdbc;

    EditionLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Link> of(String strategyId, LocalDate asOf, Instant knownAt) {
        Map<String, Link> links = new LinkedHashMap<>();
        jdbc.sql("""
                        select event_type, element_id, before, after from query.change
                        where strategy_id = :id and event_type in ('ObjectiveAligned', 'AlignmentRemoved', 'LineageLinked')
                          and effective_date <= :date and recorded_at <= :known
                        order by effective_date, global_index""")
                .param("id", strategyId)
                .param("date", asOf == null ? LocalDate.of(9999, 12, 31) : asOf)
                .param("known", Timestamp.from(knownAt == null ? Instant.now() : knownAt))
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

    private static JsonNode json(String value) {
        return value == null ? null : StrategyJson.mapper().readTree(value);
    }
}
