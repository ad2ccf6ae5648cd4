package org.strategylifecycle.api.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Launches an initiative (key activity, strategy or action) under an objective. */
public record LaunchInitiative(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String parentId,
        String number,
        String title,
        String statement,
        Integer order,
        Change change) {
}
