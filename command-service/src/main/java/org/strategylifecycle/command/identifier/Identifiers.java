package org.strategylifecycle.command.identifier;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.identifier.ElementIdentifiedExternally;
import org.strategylifecycle.api.identifier.IdentifyElementExternally;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/**
 * Decides the external identifiers of an edition's elements (ADR 20): the identifier an element carries
 * in its source document where that cannot be its id. Reads resolve an element by either, so an
 * external identifier is unique in the edition and is no other id of it.
 */
public class Identifiers {

    private final EditionState state;

    public Identifiers(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(IdentifyElementExternally c) {
        Texts.change(c.change(), false);
        state.requireOpen();
        Element e = state.element(c.elementId(), null);
        String externalId = Texts.required("externalId", c.externalId(), Texts.TITLE_MAX);
        if (externalId.equals(e.externalId())) {
            return accepted(e.id());
        }
        if (externalId.equals(e.id())) {
            throw new StrategyException(ErrorCode.INVALID_VALUE, "the external identifier of " + e.id() + " is its id already");
        }
        state.requireFree(externalId);
        state.requireNotBefore(e, c.change().effectiveDate());
        apply(new ElementIdentifiedExternally(c.strategyId(), e.id(), externalId, c.change()));
        return accepted(e.id());
    }

    @EventSourcingHandler
    void on(ElementIdentifiedExternally event) {
        state.identified(event.elementId(), event.externalId(), event.change().effectiveDate());
    }
}
