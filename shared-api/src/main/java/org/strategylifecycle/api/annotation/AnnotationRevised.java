package org.strategylifecycle.api.annotation;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

import java.util.List;

/** An annotation's note was revised; the event holds the whole annotation after the change. */
@Revision("1")
public record AnnotationRevised(
        String strategyId,
        String annotationId,
        AnnotationSubject subject,
        String uncertainty,
        List<Alternative> alternatives,
        String chosenReading,
        String reason,
        Change change) {
}
