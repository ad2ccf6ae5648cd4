package org.strategylifecycle.command.goal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRetired;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.goal.RetireGoal;
import org.strategylifecycle.api.goal.ReviseGoal;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/** Decides the goals of an edition: its top level, under which objectives, outcomes and mission areas sit. */
public class Goals {

    private final EditionState state;

    public Goals(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(AddGoal c) {
        state.requireAddable("elementId", c.elementId(), c.change());
        String number = Texts.optional("number", c.number(), Texts.NUMBER_MAX);
        state.requireNumberFree(ElementType.GOAL, null, number, null);
        apply(new GoalAdded(c.strategyId(), c.elementId(), number,
                Texts.required("title", c.title(), Texts.TITLE_MAX),
                Texts.optional("statement", c.statement(), Texts.TEXT_MAX),
                Texts.optional("overview", c.overview(), Texts.TEXT_MAX),
                state.nextOrder(ElementType.GOAL, null, c.order()), c.change()));
        return accepted(c.elementId());
    }

    @CommandHandler
    CommandAccepted handle(ReviseGoal c) {
        Element e = state.revisable(c.elementId(), ElementType.GOAL, c.change());
        String number = Texts.revised("number", c.number(), e.number(), Texts.NUMBER_MAX);
        String title = Texts.revised("title", c.title(), e.title(), Texts.TITLE_MAX);
        String statement = Texts.revised("statement", c.statement(), e.text(), Texts.TEXT_MAX);
        String overview = Texts.revised("overview", c.overview(), e.overview(), Texts.TEXT_MAX);
        state.requireNumberFree(ElementType.GOAL, null, number, e.id());
        if (!e.hasContent(number, e.label(), title, statement, overview)) {
            apply(new GoalRevised(c.strategyId(), e.id(), number, title, statement, overview, c.change()));
        }
        return accepted(e.id());
    }

    @CommandHandler
    CommandAccepted handle(RetireGoal c) {
        if (state.retirable(c.elementId(), ElementType.GOAL, c.change()) != null) {
            apply(new GoalRetired(c.strategyId(), c.elementId(), c.change()));
        }
        return accepted(c.elementId());
    }

    @EventSourcingHandler
    void on(GoalAdded event) {
        Element e = new Element(event.elementId(), ElementType.GOAL, null, state.initialStatus(), event.change().effectiveDate());
        state.added(e, event.number(), null, event.title(), event.statement(), event.overview());
    }

    @EventSourcingHandler
    void on(GoalRevised event) {
        Element e = state.changed(event.elementId(), event.change().effectiveDate());
        state.setContent(e, event.number(), e.label(), event.title(), event.statement(), event.overview());
    }

    @EventSourcingHandler
    void on(GoalRetired event) {
        state.retired(event.elementId(), event.change().effectiveDate());
    }

}
