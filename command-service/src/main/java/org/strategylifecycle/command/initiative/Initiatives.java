package org.strategylifecycle.command.initiative;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.initiative.CompleteInitiative;
import org.strategylifecycle.api.initiative.InitiativeCompleted;
import org.strategylifecycle.api.initiative.InitiativeLaunched;
import org.strategylifecycle.api.initiative.InitiativeRetired;
import org.strategylifecycle.api.initiative.InitiativeRevised;
import org.strategylifecycle.api.initiative.LaunchInitiative;
import org.strategylifecycle.api.initiative.RetireInitiative;
import org.strategylifecycle.api.initiative.ReviseInitiative;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/** Decides the initiatives of an edition: launched under an objective, revised, completed or retired. */
public class Initiatives {

    /** An initiative's sub-items (OFO's eight areas of a human-capital strategy) are initiatives under it. */
    private static final Set<ElementType> PARENTS = Set.of(ElementType.OBJECTIVE, ElementType.INITIATIVE);

    private final EditionState state;

    public Initiatives(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(LaunchInitiative c) {
        state.requireAddable("elementId", c.elementId(), c.change());
        state.parent(c.parentId(), PARENTS, c.change().effectiveDate());
        String number = Texts.optional("number", c.number(), Texts.NUMBER_MAX);
        state.requireNumberFree(ElementType.INITIATIVE, c.parentId(), number, null);
        apply(new InitiativeLaunched(c.strategyId(), c.elementId(), c.parentId(), number,
                Texts.required("title", c.title(), Texts.TEXT_MAX),
                Texts.optional("statement", c.statement(), Texts.TEXT_MAX),
                state.nextOrder(ElementType.INITIATIVE, c.parentId(), c.order()), c.change()));
        return accepted(c.elementId());
    }

    @CommandHandler
    CommandAccepted handle(ReviseInitiative c) {
        Element e = state.revisable(c.elementId(), ElementType.INITIATIVE, c.change());
        String number = Texts.revised("number", c.number(), e.number(), Texts.NUMBER_MAX);
        String title = Texts.revised("title", c.title(), e.title(), Texts.TEXT_MAX);
        String statement = Texts.revised("statement", c.statement(), e.text(), Texts.TEXT_MAX);
        state.requireNumberFree(ElementType.INITIATIVE, e.parentId(), number, e.id());
        if (!e.hasContent(number, e.label(), title, statement, e.overview())) {
            apply(new InitiativeRevised(c.strategyId(), e.id(), number, title, statement, c.change()));
        }
        return accepted(e.id());
    }

    /** Like a retirement, a completion that changes nothing is still refused on a frozen edition. */
    @CommandHandler
    CommandAccepted handle(CompleteInitiative c) {
        Texts.change(c.change(), true);
        state.requireOpen();
        Element e = state.element(c.elementId(), ElementType.INITIATIVE);
        if (!e.isCompleted()) {
            state.revisable(c.elementId(), ElementType.INITIATIVE, c.change());
            apply(new InitiativeCompleted(c.strategyId(), e.id(), c.change()));
        }
        return accepted(e.id());
    }

    @CommandHandler
    CommandAccepted handle(RetireInitiative c) {
        if (state.retirable(c.elementId(), ElementType.INITIATIVE, c.change()) != null) {
            apply(new InitiativeRetired(c.strategyId(), c.elementId(), c.change()));
        }
        return accepted(c.elementId());
    }

    @EventSourcingHandler
    void on(InitiativeLaunched event) {
        Element e = new Element(event.elementId(), ElementType.INITIATIVE, event.parentId(), state.initialStatus(), event.change().effectiveDate());
        state.added(e, event.number(), null, event.title(), event.statement(), null);
    }

    @EventSourcingHandler
    void on(InitiativeRevised event) {
        Element e = state.changed(event.elementId(), event.change().effectiveDate());
        state.setContent(e, event.number(), e.label(), event.title(), event.statement(), e.overview());
    }

    @EventSourcingHandler
    void on(InitiativeCompleted event) {
        state.completed(event.elementId(), event.change().effectiveDate());
    }

    @EventSourcingHandler
    void on(InitiativeRetired event) {
        state.retired(event.elementId(), event.change().effectiveDate());
    }
}
