package org.strategylifecycle.command.lineage;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/**
 * Decides the lineage of an edition's elements: what an element derives from in another edition, whose
 * existence is established by the caller, which reads that edition ({@link LineageHandler}).
 */
public class Lineages {

    private final EditionState state;

    public Lineages(EditionState state) {
        this.state = state;
    }

    /** Links an element to its predecessor in another edition, whose existence the caller established. */
    public CommandAccepted linkLineage(LinkLineage c) {
        state.requireAddable("lineageId", c.lineageId(), c.change());
        Element successor = state.element(c.elementId(), null);
        state.requireAdded(successor, c.change().effectiveDate());
        if (c.relation() == null) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, "relation is required");
        }
        Texts.provenance(c.provenance());
        apply(new LineageLinked(c.strategyId(), c.lineageId(), successor.id(), c.predecessor(), c.relation(), c.provenance(), c.change()));
        return accepted(c.lineageId());
    }

    @EventSourcingHandler
    void on(LineageLinked event) {
        state.linked(event.lineageId());
    }
}
