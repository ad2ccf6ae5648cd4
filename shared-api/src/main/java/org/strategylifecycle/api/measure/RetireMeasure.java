package org.strategylifecycle.api.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Retires a measure. */
public record RetireMeasure(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        Change change) {
}
