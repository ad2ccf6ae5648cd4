package org.strategylifecycle.api.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Revises a goal from the change's effective date on; omitted fields stay as they are. */
public record ReviseGoal(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String number,
        String title,
        String statement,
        String overview,
        Change change) {
}
