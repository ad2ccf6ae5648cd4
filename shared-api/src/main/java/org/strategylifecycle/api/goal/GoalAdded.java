package org.strategylifecycle.api.goal;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A goal was added to the edition (proposed while the edition is a draft). */
@Revision("1")
public record GoalAdded(
        String strategyId,
        String elementId,
        String number,
        String title,
        String statement,
        String overview,
        int order,
        Change change) {
}
