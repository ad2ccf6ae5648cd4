package org.strategylifecycle.api.goal;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A goal was revised; the event holds its full content after the revision. */
@Revision("1")
public record GoalRevised(
        String strategyId,
        String elementId,
        String number,
        String title,
        String statement,
        String overview,
        Change change) {
}
