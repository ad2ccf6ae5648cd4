package org.strategylifecycle.api.missionarea;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A mission area was added under a goal. */
@Revision("1")
public record MissionAreaAdded(
        String strategyId,
        String elementId,
        String goalId,
        String number,
        String title,
        String statement,
        int order,
        Change change) {
}
