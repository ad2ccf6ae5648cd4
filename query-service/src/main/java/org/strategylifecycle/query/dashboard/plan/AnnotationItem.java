package org.strategylifecycle.query.dashboard.plan;

import org.strategylifecycle.query.dashboard.Labels;
import org.strategylifecycle.query.annotation.AnnotationView;

import java.util.List;

/**
 * An annotation as pages show it: which reading it is about, what is uncertain, each alternative as
 * printed with where, the reading the record follows and why.
 */
public record AnnotationItem(String annotationId, String field, String uncertainty, List<Printed> alternatives,
                             String chosenReading, String reason) {

    public record Printed(String text, String citation) {
    }

    public static List<AnnotationItem> of(List<AnnotationView> notes) {
        return notes == null ? List.of() : notes.stream().map(AnnotationItem::of).toList();
    }

    public static AnnotationItem of(AnnotationView note) {
        return new AnnotationItem(note.annotationId(), note.subject().field(), note.uncertainty(),
                note.alternatives().stream().map(a -> new Printed(a.printed(), Labels.citation(a.citation()))).toList(),
                note.chosenReading(), note.reason());
    }
}
