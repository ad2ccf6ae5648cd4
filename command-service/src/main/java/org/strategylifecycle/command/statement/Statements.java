package org.strategylifecycle.command.statement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.statement.RecordStatement;
import org.strategylifecycle.api.statement.RetireStatement;
import org.strategylifecycle.api.statement.ReviseStatement;
import org.strategylifecycle.api.statement.StatementRecorded;
import org.strategylifecycle.api.statement.StatementRetired;
import org.strategylifecycle.api.statement.StatementRevised;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/** Decides the labelled statements of an edition (vision, mission, core values, themes, ...). */
public class Statements {

    private final EditionState state;

    public Statements(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(RecordStatement c) {
        state.requireAddable("elementId", c.elementId(), c.change());
        if (c.kind() == null) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, "kind is required");
        }
        apply(new StatementRecorded(c.strategyId(), c.elementId(), c.kind(),
                Texts.required("label", c.label(), Texts.LABEL_MAX),
                Texts.optional("title", c.title(), Texts.TITLE_MAX),
                Texts.required("text", c.text(), Texts.TEXT_MAX),
                state.nextOrder(ElementType.STATEMENT, null, c.order()), c.change()));
        return accepted(c.elementId());
    }

    @CommandHandler
    CommandAccepted handle(ReviseStatement c) {
        Element e = state.revisable(c.elementId(), ElementType.STATEMENT, c.change());
        String label = Texts.revised("label", c.label(), e.label(), Texts.LABEL_MAX);
        String title = Texts.revised("title", c.title(), e.title(), Texts.TITLE_MAX);
        String text = Texts.revised("text", c.text(), e.text(), Texts.TEXT_MAX);
        if (!e.hasContent(e.number(), label, title, text, e.overview())) {
            apply(new StatementRevised(c.strategyId(), e.id(), label, title, text, c.change()));
        }
        return accepted(e.id());
    }

    @CommandHandler
    CommandAccepted handle(RetireStatement c) {
        Element e = state.retirable(c.elementId(), ElementType.STATEMENT, c.change());
        if (e != null) {
            apply(new StatementRetired(c.strategyId(), e.id(), c.change()));
        }
        return accepted(c.elementId());
    }

    @EventSourcingHandler
    void on(StatementRecorded event) {
        Element e = new Element(event.elementId(), ElementType.STATEMENT, null, state.initialStatus(), event.change().effectiveDate());
        e.setKind(event.kind());
        state.added(e, null, event.label(), event.title(), event.text(), null);
    }

    @EventSourcingHandler
    void on(StatementRevised event) {
        Element e = state.changed(event.elementId(), event.change().effectiveDate());
        state.setContent(e, e.number(), event.label(), event.title(), event.text(), e.overview());
    }

    @EventSourcingHandler
    void on(StatementRetired event) {
        state.retired(event.elementId(), event.change().effectiveDate());
    }
}
