package org.strategylifecycle.api.objective;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** An objective was added under a goal or mission area. */
@Revision("1")
public record ObjectiveAdopted(
        String strategyId,
        String elementId,
        String parentId,
        String number,
        String title,
        String statement,
        int order,
        Change change) {
}
