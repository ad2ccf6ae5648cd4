package org.strategylifecycle.api.initiative;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** An initiative was retired. */
@Revision("1")
public record InitiativeRetired(
        String strategyId,
        String elementId,
        Change change) {
}
