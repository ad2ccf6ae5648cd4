package org.strategylifecycle.api.annotation;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** An annotation was withdrawn; from its effective date on it no longer shows. */
@Revision("1")
public record AnnotationWithdrawn(
        String strategyId,
        String annotationId,
        AnnotationSubject subject,
        Change change) {
}
