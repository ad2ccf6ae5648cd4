package org.strategylifecycle.api.initiative;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** An initiative was revised; the event holds its full content after the revision. */
@Revision("1")
public record InitiativeRevised(
        String strategyId,
        String elementId,
        String number,
        String title,
        String statement,
        Change change) {
}
