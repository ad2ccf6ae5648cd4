package org.strategylifecycle.api.strategy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Publishes a draft edition; its proposed elements are adopted with it, effective on the change's date. */
public record AdoptStrategy(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        Change change) {
}
