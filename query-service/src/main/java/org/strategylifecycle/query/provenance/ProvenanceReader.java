package org.strategylifecycle.query.provenance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.StrategyJson;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads, per element of an edition, the history row whose content the element shows in a time view:
 * its last content change effective by {@code asOf} and recorded by {@code knownAt}, in the order the
 * edition's own fold uses (effective date, then position).
 */
@Repository
public class ProvenanceReader {

    private final JdbcClient jdbc;

    ProvenanceReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Element id → provenance of its content; both times null: now. */
    public Map<String, ProvenanceView> provenance(String strategyId, LocalDate asOf, Instant knownAt) {
        Map<String, ProvenanceView> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct on (element_id) element_id, source::text as source, rationale, change_kind,
                               effective_date
                        from query.change
                        where strategy_id = :id and content_change and element_id is not null
                          and effective_date <= :date and recorded_at <= :known
                        order by element_id, effective_date desc, global_index desc""")
                .param("id", strategyId)
                .param("date", asOf == null ? LocalDate.of(9999, 12, 31) : asOf)
                .param("known", Timestamp.from(knownAt == null ? Instant.now() : knownAt))
                .query(rs -> {
                    String source = rs.getString("source");
                    Citation citation = source == null ? null : StrategyJson.mapper().readValue(source, Citation.class);
                    boolean stated = citation != null && citation.document() != null;
                    result.put(rs.getString("element_id"), new ProvenanceView(rs.getString("element_id"),
                            stated ? ProvenanceView.STATED : ProvenanceView.UNCITED, citation, rs.getString("rationale"),
                            rs.getString("change_kind"), rs.getObject("effective_date", LocalDate.class)));
                });
        return result;
    }
}
