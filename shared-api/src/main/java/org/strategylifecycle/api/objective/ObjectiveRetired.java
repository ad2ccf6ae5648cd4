package org.strategylifecycle.api.objective;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** An objective was retired. */
@Revision("1")
public record ObjectiveRetired(
        String strategyId,
        String elementId,
        Change change) {
}
