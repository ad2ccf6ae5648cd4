package org.strategylifecycle.command.objective;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.objective.AdoptObjective;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.objective.ObjectiveRetired;
import org.strategylifecycle.api.objective.ObjectiveRevised;
import org.strategylifecycle.api.objective.RetireObjective;
import org.strategylifecycle.api.objective.ReviseObjective;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/** Decides the objectives of an edition, placed under a goal or a mission area. */
public class Objectives {

    private static final Set<ElementType> PARENTS = Set.of(ElementType.GOAL, ElementType.MISSION_AREA);

    private final EditionState state;

    public Objectives(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(AdoptObjective c) {
        state.requireAddable("elementId", c.elementId(), c.change());
        state.parent(c.parentId(), PARENTS, c.change().effectiveDate());
        String number = Texts.optional("number", c.number(), Texts.NUMBER_MAX);
        state.requireNumberFree(ElementType.OBJECTIVE, c.parentId(), number, null);
        apply(new ObjectiveAdopted(c.strategyId(), c.elementId(), c.parentId(), number,
                Texts.required("title", c.title(), Texts.TITLE_MAX),
                Texts.optional("statement", c.statement(), Texts.TEXT_MAX),
                state.nextOrder(ElementType.OBJECTIVE, c.parentId(), c.order()), c.change()));
        return accepted(c.elementId());
    }

    @CommandHandler
    CommandAccepted handle(ReviseObjective c) {
        Element e = state.revisable(c.elementId(), ElementType.OBJECTIVE, c.change());
        String parentId = c.parentId() == null ? e.parentId()
                : state.parent(c.parentId(), PARENTS, c.change().effectiveDate()).id();
        String number = Texts.revised("number", c.number(), e.number(), Texts.NUMBER_MAX);
        String title = Texts.revised("title", c.title(), e.title(), Texts.TITLE_MAX);
        String statement = Texts.revised("statement", c.statement(), e.text(), Texts.TEXT_MAX);
        state.requireNumberFree(ElementType.OBJECTIVE, parentId, number, e.id());
        if (!parentId.equals(e.parentId()) || !e.hasContent(number, e.label(), title, statement, e.overview())) {
            apply(new ObjectiveRevised(c.strategyId(), e.id(), parentId, number, title, statement, c.change()));
        }
        return accepted(e.id());
    }

    @CommandHandler
    CommandAccepted handle(RetireObjective c) {
        if (state.retirable(c.elementId(), ElementType.OBJECTIVE, c.change()) != null) {
            apply(new ObjectiveRetired(c.strategyId(), c.elementId(), c.change()));
        }
        return accepted(c.elementId());
    }

    @EventSourcingHandler
    void on(ObjectiveAdopted event) {
        Element e = new Element(event.elementId(), ElementType.OBJECTIVE, event.parentId(), state.initialStatus(), event.change().effectiveDate());
        state.added(e, event.number(), null, event.title(), event.statement(), null);
    }

    @EventSourcingHandler
    void on(ObjectiveRevised event) {
        Element e = state.changed(event.elementId(), event.change().effectiveDate());
        state.move(e, event.parentId());
        state.setContent(e, event.number(), e.label(), event.title(), event.statement(), e.overview());
    }

    @EventSourcingHandler
    void on(ObjectiveRetired event) {
        state.retired(event.elementId(), event.change().effectiveDate());
    }
}
