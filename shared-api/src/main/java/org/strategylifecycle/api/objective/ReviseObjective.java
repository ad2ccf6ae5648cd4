package org.strategylifecycle.api.objective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Revises an objective, possibly moving it to another goal or mission area; omitted fields stay as they are. */
public record ReviseObjective(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String parentId,
        String number,
        String title,
        String statement,
        Change change) {
}
