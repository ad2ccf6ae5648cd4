package org.strategylifecycle.api.strategy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Withdraws an edition, or records that it expired, without a successor. */
public record RetireStrategy(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        Change change) {
}
