package org.strategylifecycle.api.outcome;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A desired outcome was retired. */
@Revision("1")
public record OutcomeRetired(
        String strategyId,
        String elementId,
        Change change) {
}
