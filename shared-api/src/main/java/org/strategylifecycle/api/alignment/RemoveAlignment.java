package org.strategylifecycle.api.alignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Removes an alignment that no longer holds. */
public record RemoveAlignment(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String alignmentId,
        Change change) {
}
