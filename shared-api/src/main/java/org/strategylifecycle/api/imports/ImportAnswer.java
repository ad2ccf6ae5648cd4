package org.strategylifecycle.api.imports;

import java.util.List;

/**
 * The answer to an import: the new draft edition and its version, what was recorded by kind, the
 * lineage links, annotations, stakeholders and external identifiers recorded, the alignments whose
 * target the service does not hold (not recorded; send them later as
 * {@code POST /api/strategies/{id}/alignments}), and notes on what the document had that the
 * edition could not take as it stood.
 */
public record ImportAnswer(
        String id,
        long version,
        int statements,
        int goals,
        int missionAreas,
        int objectives,
        int initiatives,
        int outcomes,
        int measures,
        int targets,
        int actuals,
        int alignments,
        int lineage,
        int annotations,
        int stakeholders,
        int externalIdentifiers,
        List<UnresolvedAlignment> unresolvedAlignments,
        List<String> notes) {

    /** An {@code aligns-to:} line whose target edition or element the service does not hold. */
    public record UnresolvedAlignment(String elementId, String targetStrategyId, String targetElementId, String printed) {
    }
}
