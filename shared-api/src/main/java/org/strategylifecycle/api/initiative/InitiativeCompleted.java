package org.strategylifecycle.api.initiative;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** An initiative was carried out. */
@Revision("1")
public record InitiativeCompleted(
        String strategyId,
        String elementId,
        Change change) {
}
