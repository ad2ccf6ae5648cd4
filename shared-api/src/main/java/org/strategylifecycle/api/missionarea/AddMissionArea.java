package org.strategylifecycle.api.missionarea;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Adds a mission area, a grouping of objectives inside a goal. */
public record AddMissionArea(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String goalId,
        String number,
        String title,
        String statement,
        Integer order,
        Change change) {
}
