package org.strategylifecycle.api.annotation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

import java.util.List;

/**
 * Notes a reading a reader had to choose: what is uncertain, the alternatives as printed, the reading
 * chosen and why. Allowed on every edition, frozen ones too: it changes nothing the plan says.
 */
public record AnnotateReading(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String annotationId,
        AnnotationSubject subject,
        String uncertainty,
        List<Alternative> alternatives,
        String chosenReading,
        String reason,
        Change change) {
}
