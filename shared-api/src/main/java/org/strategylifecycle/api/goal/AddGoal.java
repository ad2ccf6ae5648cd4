package org.strategylifecycle.api.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Adds a goal to the edition. */
public record AddGoal(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String number,
        String title,
        String statement,
        String overview,
        Integer order,
        Change change) {
}
