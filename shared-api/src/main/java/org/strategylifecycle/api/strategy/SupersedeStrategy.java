package org.strategylifecycle.api.strategy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.LinkProvenance;

/** Marks an adopted edition as superseded by a later edition of the same line. */
public record SupersedeStrategy(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String supersededBy,
        LinkProvenance provenance,
        Change change) {
}
