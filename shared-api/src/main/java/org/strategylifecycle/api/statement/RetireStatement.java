package org.strategylifecycle.api.statement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Withdraws a statement from the edition. */
public record RetireStatement(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        Change change) {
}
