package org.strategylifecycle.api.objective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Retires an objective whose members are all retired. */
public record RetireObjective(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        Change change) {
}
