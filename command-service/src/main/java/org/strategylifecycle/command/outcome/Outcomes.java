package org.strategylifecycle.command.outcome;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.outcome.DefineOutcome;
import org.strategylifecycle.api.outcome.OutcomeDefined;
import org.strategylifecycle.api.outcome.OutcomeRetired;
import org.strategylifecycle.api.outcome.OutcomeRevised;
import org.strategylifecycle.api.outcome.RetireOutcome;
import org.strategylifecycle.api.outcome.ReviseOutcome;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/** Decides the desired outcomes of an edition's goals and objectives. */
public class Outcomes {

    private static final Set<ElementType> PARENTS = Set.of(ElementType.GOAL, ElementType.OBJECTIVE);

    private final EditionState state;

    public Outcomes(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(DefineOutcome c) {
        state.requireAddable("elementId", c.elementId(), c.change());
        state.parent(c.parentId(), PARENTS, c.change().effectiveDate());
        String number = Texts.optional("number", c.number(), Texts.NUMBER_MAX);
        state.requireNumberFree(ElementType.OUTCOME, c.parentId(), number, null);
        apply(new OutcomeDefined(c.strategyId(), c.elementId(), c.parentId(), number,
                Texts.optional("title", c.title(), Texts.TITLE_MAX),
                Texts.required("statement", c.statement(), Texts.TEXT_MAX),
                state.nextOrder(ElementType.OUTCOME, c.parentId(), c.order()), c.change()));
        return accepted(c.elementId());
    }

    @CommandHandler
    CommandAccepted handle(ReviseOutcome c) {
        Element e = state.revisable(c.elementId(), ElementType.OUTCOME, c.change());
        String number = Texts.revised("number", c.number(), e.number(), Texts.NUMBER_MAX);
        String title = Texts.revised("title", c.title(), e.title(), Texts.TITLE_MAX);
        String statement = Texts.revised("statement", c.statement(), e.text(), Texts.TEXT_MAX);
        state.requireNumberFree(ElementType.OUTCOME, e.parentId(), number, e.id());
        if (!e.hasContent(number, e.label(), title, statement, e.overview())) {
            apply(new OutcomeRevised(c.strategyId(), e.id(), number, title, statement, c.change()));
        }
        return accepted(e.id());
    }

    @CommandHandler
    CommandAccepted handle(RetireOutcome c) {
        if (state.retirable(c.elementId(), ElementType.OUTCOME, c.change()) != null) {
            apply(new OutcomeRetired(c.strategyId(), c.elementId(), c.change()));
        }
        return accepted(c.elementId());
    }

    @EventSourcingHandler
    void on(OutcomeDefined event) {
        Element e = new Element(event.elementId(), ElementType.OUTCOME, event.parentId(), state.initialStatus(), event.change().effectiveDate());
        state.added(e, event.number(), null, event.title(), event.statement(), null);
    }

    @EventSourcingHandler
    void on(OutcomeRevised event) {
        Element e = state.changed(event.elementId(), event.change().effectiveDate());
        state.setContent(e, event.number(), e.label(), event.title(), event.statement(), e.overview());
    }

    @EventSourcingHandler
    void on(OutcomeRetired event) {
        state.retired(event.elementId(), event.change().effectiveDate());
    }
}
