package org.strategylifecycle.command.edition;

import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotationSubject;

import java.time.LocalDate;
import java.util.List;

/**
 * An annotation as the decisions need it, held by {@link EditionState} (in the snapshot, by its
 * components' names) and replaced whole by each of its events; decided in the annotation package.
 */
public record Annotation(AnnotationSubject subject, String uncertainty, List<Alternative> alternatives,
                         String chosenReading, String reason, boolean withdrawn, LocalDate lastChange) {

    /** Whether it says what a revision would make it say. */
    public boolean says(String uncertainty, List<Alternative> alternatives, String chosenReading, String reason) {
        return this.uncertainty.equals(uncertainty) && this.alternatives.equals(alternatives)
                && this.chosenReading.equals(chosenReading) && this.reason.equals(reason);
    }
}
