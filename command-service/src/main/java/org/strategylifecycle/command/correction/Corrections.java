package org.strategylifecycle.command.correction;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.correction.CorrectElement;
import org.strategylifecycle.api.correction.ElementCorrected;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/**
 * Decides corrections: fixes of what was recorded, applied retroactively. They are the only change a
 * frozen edition or a retired element accepts, and they do not move an element's last change, so a
 * later revision is not held back by a correction of its past.
 */
public class Corrections {

    private final EditionState state;

    public Corrections(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(CorrectElement c) {
        Texts.change(c.change(), true);
        if (c.change().kind() != ChangeKind.CORRECTION) {
            throw new StrategyException(ErrorCode.INVALID_VALUE, "a correction must be recorded as kind CORRECTION");
        }
        Element e = state.element(c.elementId(), null);
        String number = Texts.revised("number", c.number(), e.number(), Texts.NUMBER_MAX);
        String label = Texts.revised("label", c.label(), e.label(), Texts.LABEL_MAX);
        String title = Texts.revised("title", c.title(), e.title(), Texts.TEXT_MAX);
        String text = Texts.revised("text", c.text(), e.text(), Texts.TEXT_MAX);
        String overview = Texts.revised("overview", c.overview(), e.overview(), Texts.TEXT_MAX);
        if (e.type() != ElementType.STATEMENT && label != null) {
            throw new StrategyException(ErrorCode.INVALID_VALUE, "only statements have a label");
        }
        if (e.type() != ElementType.GOAL && overview != null) {
            throw new StrategyException(ErrorCode.INVALID_VALUE, "only goals have an overview");
        }
        if (!e.isRetired()) {
            state.requireNumberFree(e.type(), e.parentId(), number, e.id());
        }
        if (!e.hasContent(number, label, title, text, overview)) {
            apply(new ElementCorrected(c.strategyId(), e.id(), e.type(), number, title, label, text, overview, c.change()));
        }
        return accepted(e.id());
    }

    @EventSourcingHandler
    void on(ElementCorrected event) {
        state.corrected(event.elementId(), event.number(), event.label(), event.title(), event.text(), event.overview());
    }
}
