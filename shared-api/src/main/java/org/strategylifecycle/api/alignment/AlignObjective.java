package org.strategylifecycle.api.alignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.LinkProvenance;

/** States that an element of this edition supports a target: an element of this or another edition, or an external reference. */
public record AlignObjective(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String alignmentId,
        String elementId,
        AlignmentTarget target,
        LinkProvenance provenance,
        Change change) {
}
