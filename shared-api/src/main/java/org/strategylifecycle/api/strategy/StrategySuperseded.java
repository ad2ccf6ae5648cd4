package org.strategylifecycle.api.strategy;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.LinkProvenance;

/** The edition was superseded by a later edition of its line; the provenance says whether a document states it. */
@Revision("1")
public record StrategySuperseded(
        String strategyId,
        String supersededBy,
        String lineId,
        LinkProvenance provenance,
        Change change) {
}
