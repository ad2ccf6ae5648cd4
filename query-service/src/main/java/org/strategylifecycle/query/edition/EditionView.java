package org.strategylifecycle.query.edition;

import org.strategylifecycle.query.annotation.AnnotationView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One edition with its statements and goal tree, as it stands now or as of {@code asOf} (effective
 * date) as known at {@code knownAt} (recorded time). {@code position} is the last event-store
 * position the read model had processed when it answered. {@code goals} are the roots of the element
 * tree: goals, and the mission areas of a plan that has no goals above them. Each element carries the
 * annotations on it; {@code annotations} holds the others: on the edition's own facts and on its links.
 * {@code stakeholders} are the organization's; those of goals and objectives are listed with them.
 */
public record EditionView(
        StrategySummaryView strategy,
        LocalDate asOf,
        Instant knownAt,
        long position,
        List<ElementView> statements,
        List<ElementView> goals,
        List<AnnotationView> annotations,
        List<ElementView> stakeholders) {

    /** An edition without stakeholders of its organization. */
    public EditionView(StrategySummaryView strategy, LocalDate asOf, Instant knownAt, long position,
                       List<ElementView> statements, List<ElementView> goals, List<AnnotationView> annotations) {
        this(strategy, asOf, knownAt, position, statements, goals, annotations, List.of());
    }

    /** The same edition saying it answers a question as of {@code asOf}, as known at {@code knownAt}. */
    EditionView asked(LocalDate asOf, Instant knownAt) {
        return new EditionView(strategy, asOf, knownAt, position, statements, goals, annotations, stakeholders);
    }
}
