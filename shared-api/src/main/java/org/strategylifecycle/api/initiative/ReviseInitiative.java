package org.strategylifecycle.api.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Revises an initiative; omitted fields stay as they are. */
public record ReviseInitiative(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String number,
        String title,
        String statement,
        Change change) {
}
