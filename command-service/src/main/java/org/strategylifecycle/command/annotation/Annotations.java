package org.strategylifecycle.command.annotation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotateReading;
import org.strategylifecycle.api.annotation.AnnotationRecorded;
import org.strategylifecycle.api.annotation.AnnotationRevised;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationWithdrawn;
import org.strategylifecycle.api.annotation.ReviseAnnotation;
import org.strategylifecycle.api.annotation.WithdrawAnnotation;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.command.edition.Annotation;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Texts;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/**
 * Decides annotations: notes on a reading a reader had to choose. They describe how the record reads
 * the documents and change nothing the plan says, so, unlike element changes, they are taken by frozen
 * editions and on retired elements; an annotation's own changes never go back in effective time.
 */
public class Annotations {

    public static final int MAX_ALTERNATIVES = 20;

    private final EditionState state;

    public Annotations(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(AnnotateReading c) {
        Texts.change(c.change(), false);
        Texts.id("annotationId", c.annotationId());
        state.requireFree(c.annotationId());
        AnnotationSubject subject = subject(c.subject());
        apply(new AnnotationRecorded(c.strategyId(), c.annotationId(), subject,
                Texts.required("uncertainty", c.uncertainty(), Texts.RATIONALE_MAX),
                alternatives(c.alternatives()),
                Texts.required("chosenReading", c.chosenReading(), Texts.TEXT_MAX),
                Texts.required("reason", c.reason(), Texts.RATIONALE_MAX), c.change()));
        return accepted(c.annotationId());
    }

    @CommandHandler
    CommandAccepted handle(ReviseAnnotation c) {
        Change change = Texts.change(c.change(), true);
        Annotation a = changeable(c.annotationId(), change);
        if (a.withdrawn()) {
            throw new StrategyException(ErrorCode.ANNOTATION_WITHDRAWN, c.annotationId() + " is withdrawn");
        }
        String uncertainty = Texts.revised("uncertainty", c.uncertainty(), a.uncertainty(), Texts.RATIONALE_MAX);
        // Left out or empty keeps them: clients generated from the OpenAPI description send [] for a list left out.
        List<Alternative> alternatives = c.alternatives() == null || c.alternatives().isEmpty()
                ? a.alternatives() : alternatives(c.alternatives());
        String chosenReading = Texts.revised("chosenReading", c.chosenReading(), a.chosenReading(), Texts.TEXT_MAX);
        String reason = Texts.revised("reason", c.reason(), a.reason(), Texts.RATIONALE_MAX);
        if (!a.says(uncertainty, alternatives, chosenReading, reason)) {
            apply(new AnnotationRevised(c.strategyId(), c.annotationId(), a.subject(), uncertainty, alternatives,
                    chosenReading, reason, change));
        }
        return accepted(c.annotationId());
    }

    @CommandHandler
    CommandAccepted handle(WithdrawAnnotation c) {
        Change change = Texts.change(c.change(), true);
        Annotation a = changeable(c.annotationId(), change);
        if (!a.withdrawn()) {
            apply(new AnnotationWithdrawn(c.strategyId(), c.annotationId(), a.subject(), change));
        }
        return accepted(c.annotationId());
    }

    private Annotation changeable(String annotationId, Change change) {
        Annotation a = state.annotation(Texts.id("annotationId", annotationId));
        if (a == null) {
            throw new StrategyException(ErrorCode.ANNOTATION_NOT_FOUND, "edition " + state.strategyId() + " has no annotation " + annotationId);
        }
        if (change.effectiveDate().isBefore(a.lastChange())) {
            throw new StrategyException(ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS, "effective date " + change.effectiveDate()
                    + " lies before the last change of " + annotationId + " on " + a.lastChange());
        }
        return a;
    }

    /** The subject as recorded: an edition subject names this edition; an element or link must exist here. */
    private AnnotationSubject subject(AnnotationSubject subject) {
        if (subject == null || subject.kind() == null) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, "subject.kind (EDITION, ELEMENT or LINK) is required");
        }
        String field = Texts.optional("subject.field", subject.field(), Texts.LABEL_MAX);
        return switch (subject.kind()) {
            case EDITION -> {
                if (subject.id() != null && !subject.id().equals(state.strategyId())) {
                    throw new StrategyException(ErrorCode.INVALID_VALUE, "an edition subject is this edition, " + state.strategyId());
                }
                yield new AnnotationSubject(subject.kind(), state.strategyId(), field);
            }
            case ELEMENT -> {
                if (!state.hasElement(Texts.id("subject.id", subject.id()))) {
                    throw new StrategyException(ErrorCode.ANNOTATION_SUBJECT_NOT_FOUND, "edition " + state.strategyId()
                            + " has no element " + subject.id());
                }
                yield new AnnotationSubject(subject.kind(), subject.id(), field);
            }
            case LINK -> {
                if (!state.hasLink(Texts.id("subject.id", subject.id()))) {
                    throw new StrategyException(ErrorCode.ANNOTATION_SUBJECT_NOT_FOUND, "edition " + state.strategyId()
                            + " has no alignment or lineage link " + subject.id());
                }
                yield new AnnotationSubject(subject.kind(), subject.id(), field);
            }
        };
    }

    /** The alternatives as printed: each with its text and the citation of where it is printed; none is allowed. */
    private static List<Alternative> alternatives(List<Alternative> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_ALTERNATIVES) {
            throw new StrategyException(ErrorCode.INVALID_VALUE, "at most " + MAX_ALTERNATIVES + " alternatives");
        }
        List<Alternative> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Alternative a = given.get(i);
            if (a == null || a.citation() == null) {
                throw new StrategyException(ErrorCode.FIELD_REQUIRED, "alternatives[" + i + "] needs printed and citation");
            }
            Texts.required("alternatives[" + i + "].printed", a.printed(), Texts.TEXT_MAX);
            Texts.citation(a.citation());
            checked.add(a);
        }
        return List.copyOf(checked);
    }

    @EventSourcingHandler
    void on(AnnotationRecorded event) {
        state.annotated(event.annotationId(), new Annotation(event.subject(), event.uncertainty(),
                event.alternatives(), event.chosenReading(), event.reason(), false, event.change().effectiveDate()));
    }

    @EventSourcingHandler
    void on(AnnotationRevised event) {
        state.annotated(event.annotationId(), new Annotation(event.subject(), event.uncertainty(),
                event.alternatives(), event.chosenReading(), event.reason(), false, event.change().effectiveDate()));
    }

    @EventSourcingHandler
    void on(AnnotationWithdrawn event) {
        Annotation a = state.annotation(event.annotationId());
        state.annotated(event.annotationId(), new Annotation(a.subject(), a.uncertainty(), a.alternatives(),
                a.chosenReading(), a.reason(), true, event.change().effectiveDate()));
    }
}
