package org.strategylifecycle.api.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Defines a desired outcome of a goal or an objective. */
public record DefineOutcome(
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
