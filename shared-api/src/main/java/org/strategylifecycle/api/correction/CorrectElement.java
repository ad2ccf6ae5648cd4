package org.strategylifecycle.api.correction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Fixes a recording mistake in an element, retroactively; omitted fields stay as they are. Allowed on frozen editions. */
public record CorrectElement(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String number,
        String title,
        String label,
        String text,
        String overview,
        Change change) {
}
