package org.strategylifecycle.api.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.MeasureType;

/** Defines a performance measure of an outcome, an objective or a goal. */
public record DefineMeasure(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String parentId,
        String number,
        String title,
        String statement,
        MeasureType measureType,
        String printedType,
        String unit,
        Integer order,
        Change change) {
}
