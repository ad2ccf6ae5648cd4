package org.strategylifecycle.query.provenance;

import org.springframework.stereotype.Component;
import org.strategylifecycle.query.edition.HistoryRows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads, per element of an edition, the history row whose content the element shows in a time view:
 * its last content change effective by {@code asOf} and recorded by {@code knownAt}, in the order the
 * edition's own fold uses (effective date, then position); the history rows are the edition read
 * model's, so it asks {@link HistoryRows} for them.
 */
@Component
public class ProvenanceReader {

    private final HistoryRows rows;

    ProvenanceReader(HistoryRows rows) {
        this.rows = rows;
    }

    /** Element id → provenance of its content; both times null: now. */
    public Map<String, ProvenanceView> provenance(String strategyId, LocalDate asOf, Instant knownAt) {
        Map<String, ProvenanceView> result = new LinkedHashMap<>();
        for (HistoryRows.ContentChange change : rows.lastContentChanges(strategyId, asOf, knownAt)) {
            boolean stated = change.source() != null && change.source().document() != null;
            result.put(change.elementId(), new ProvenanceView(change.elementId(),
                    stated ? ProvenanceView.STATED : ProvenanceView.UNCITED, change.source(), change.rationale(),
                    change.changeKind(), change.effectiveDate()));
        }
        return result;
    }
}
