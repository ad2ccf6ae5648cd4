package org.strategylifecycle.api.lineage;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.LinkProvenance;

/** States that an element of this edition derives from, or replaces, an element of an earlier edition. */
public record LinkLineage(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String lineageId,
        String elementId,
        ElementRef predecessor,
        LineageRelation relation,
        LinkProvenance provenance,
        Change change) {
}
