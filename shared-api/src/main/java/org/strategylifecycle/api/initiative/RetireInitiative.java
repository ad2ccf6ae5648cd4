package org.strategylifecycle.api.initiative;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Retires an initiative that will not be carried out. */
public record RetireInitiative(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        Change change) {
}
