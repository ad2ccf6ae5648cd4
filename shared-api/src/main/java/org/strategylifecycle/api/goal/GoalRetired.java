package org.strategylifecycle.api.goal;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A goal was retired. */
@Revision("1")
public record GoalRetired(
        String strategyId,
        String elementId,
        Change change) {
}
