package org.strategylifecycle.query.edition;

import org.strategylifecycle.api.common.LinkProvenance;

/** An alignment, lineage link or supersession as the link table stores it. */
record Link(String strategyId, String linkId, String type, String elementId, String targetStrategyId,
            String targetElementId, String targetDocument, String targetNumber, String targetText, String relation,
            LinkProvenance provenance) {
}
