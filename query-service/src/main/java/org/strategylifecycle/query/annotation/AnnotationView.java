package org.strategylifecycle.query.annotation;

import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotationRecorded;
import org.strategylifecycle.api.annotation.AnnotationRevised;
import org.strategylifecycle.api.annotation.AnnotationSubject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A note on a reading a reader had to choose: what it is about ({@code subject}: the edition, an
 * element or a link, and which of its readings), what is uncertain, the alternatives as printed with
 * their citations, the reading the record follows and why; effective and recorded as of its last change.
 */
public record AnnotationView(
        String annotationId,
        AnnotationSubject subject,
        String uncertainty,
        List<Alternative> alternatives,
        String chosenReading,
        String reason,
        LocalDate effectiveDate,
        Instant recordedAt) {

    /** The note as its recording says it. */
    public static AnnotationView of(AnnotationRecorded e, Instant recordedAt) {
        return new AnnotationView(e.annotationId(), e.subject(), e.uncertainty(), e.alternatives(), e.chosenReading(),
                e.reason(), e.change().effectiveDate(), recordedAt);
    }

    /** The note as its revision says it. */
    public static AnnotationView of(AnnotationRevised e, Instant recordedAt) {
        return new AnnotationView(e.annotationId(), e.subject(), e.uncertainty(), e.alternatives(), e.chosenReading(),
                e.reason(), e.change().effectiveDate(), recordedAt);
    }
}
