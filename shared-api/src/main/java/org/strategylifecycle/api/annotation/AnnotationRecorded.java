package org.strategylifecycle.api.annotation;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

import java.util.List;

/** A reading was annotated: what is uncertain, the alternatives as printed, the reading chosen and why. */
@Revision("1")
public record AnnotationRecorded(
        String strategyId,
        String annotationId,
        AnnotationSubject subject,
        String uncertainty,
        List<Alternative> alternatives,
        String chosenReading,
        String reason,
        Change change) {
}
