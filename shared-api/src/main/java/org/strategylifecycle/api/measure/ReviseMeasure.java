package org.strategylifecycle.api.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.MeasureType;

/** Revises a measure's wording, type or unit; omitted fields stay as they are. */
public record ReviseMeasure(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String number,
        String title,
        String statement,
        MeasureType measureType,
        String printedType,
        String unit,
        Change change) {
}
