package org.strategylifecycle.command.missionarea;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.missionarea.AddMissionArea;
import org.strategylifecycle.api.missionarea.MissionAreaAdded;
import org.strategylifecycle.api.missionarea.MissionAreaRetired;
import org.strategylifecycle.api.missionarea.MissionAreaRevised;
import org.strategylifecycle.api.missionarea.RetireMissionArea;
import org.strategylifecycle.api.missionarea.ReviseMissionArea;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/**
 * Decides the mission areas of an edition: groupings of objectives inside a goal, or the top level of
 * a plan that has no goals above them (the 2014 integrity strategy's four mission areas).
 */
public class MissionAreas {

    private final EditionState state;

    public MissionAreas(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(AddMissionArea c) {
        state.requireAddable("elementId", c.elementId(), c.change());
        if (c.goalId() != null) {
            state.parent(c.goalId(), Set.of(ElementType.GOAL), c.change().effectiveDate());
        }
        String number = Texts.optional("number", c.number(), Texts.NUMBER_MAX);
        state.requireNumberFree(ElementType.MISSION_AREA, c.goalId(), number, null);
        apply(new MissionAreaAdded(c.strategyId(), c.elementId(), c.goalId(), number,
                Texts.required("title", c.title(), Texts.TITLE_MAX),
                Texts.optional("statement", c.statement(), Texts.TEXT_MAX),
                state.nextOrder(ElementType.MISSION_AREA, c.goalId(), c.order()), c.change()));
        return accepted(c.elementId());
    }

    @CommandHandler
    CommandAccepted handle(ReviseMissionArea c) {
        Element e = state.revisable(c.elementId(), ElementType.MISSION_AREA, c.change());
        String number = Texts.revised("number", c.number(), e.number(), Texts.NUMBER_MAX);
        String title = Texts.revised("title", c.title(), e.title(), Texts.TITLE_MAX);
        String statement = Texts.revised("statement", c.statement(), e.text(), Texts.TEXT_MAX);
        state.requireNumberFree(ElementType.MISSION_AREA, e.parentId(), number, e.id());
        if (!e.hasContent(number, e.label(), title, statement, e.overview())) {
            apply(new MissionAreaRevised(c.strategyId(), e.id(), number, title, statement, c.change()));
        }
        return accepted(e.id());
    }

    @CommandHandler
    CommandAccepted handle(RetireMissionArea c) {
        if (state.retirable(c.elementId(), ElementType.MISSION_AREA, c.change()) != null) {
            apply(new MissionAreaRetired(c.strategyId(), c.elementId(), c.change()));
        }
        return accepted(c.elementId());
    }

    @EventSourcingHandler
    void on(MissionAreaAdded event) {
        Element e = new Element(event.elementId(), ElementType.MISSION_AREA, event.goalId(), state.initialStatus(), event.change().effectiveDate());
        state.added(e, event.number(), null, event.title(), event.statement(), null);
    }

    @EventSourcingHandler
    void on(MissionAreaRevised event) {
        Element e = state.changed(event.elementId(), event.change().effectiveDate());
        state.setContent(e, event.number(), e.label(), event.title(), event.statement(), e.overview());
    }

    @EventSourcingHandler
    void on(MissionAreaRetired event) {
        state.retired(event.elementId(), event.change().effectiveDate());
    }
}
