package org.strategylifecycle.api.annotation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

import java.util.List;

/** Revises an annotation's note; omitted fields keep their value, its subject stays. */
public record ReviseAnnotation(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String annotationId,
        String uncertainty,
        List<Alternative> alternatives,
        String chosenReading,
        String reason,
        Change change) {
}
