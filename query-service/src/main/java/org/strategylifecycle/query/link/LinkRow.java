package org.strategylifecycle.query.link;

import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.strategy.StrategySuperseded;

import org.strategylifecycle.api.common.LinkProvenance;

import java.time.LocalDate;

/**
 * An alignment, lineage link or supersession as the link table stores it: made from its event by
 * {@link #alignment}, {@link #lineage} or {@link #supersession}.
 */
record LinkRow(String strategyId, String linkId, Type type, String elementId, String targetStrategyId,
               String targetElementId, String targetDocument, String targetNumber, String targetText, String relation,
               LinkProvenance provenance, LocalDate effectiveDate) {

    /** The link table's kinds of link (its check constraint). */
    enum Type { ALIGNMENT, LINEAGE, SUPERSESSION }

    /** An objective supports a goal or objective of another plan, named by id or as printed. */
    static LinkRow alignment(ObjectiveAligned e) {
        return new LinkRow(e.strategyId(), e.alignmentId(), Type.ALIGNMENT, e.elementId(), e.target().strategyId(),
                e.target().elementId(), e.target().document(), e.target().number(), e.target().text(), "SUPPORTS",
                e.provenance(), e.change().effectiveDate());
    }

    /** An element carries on an element of an earlier edition. */
    static LinkRow lineage(LineageLinked e) {
        return new LinkRow(e.strategyId(), e.lineageId(), Type.LINEAGE, e.elementId(), e.predecessor().strategyId(),
                e.predecessor().elementId(), null, null, null, e.relation().name(), e.provenance(),
                e.change().effectiveDate());
    }

    /** An edition is superseded by a later one; keyed by the event's sequence number, as it has no id of its own. */
    static LinkRow supersession(StrategySuperseded e, long sequenceNumber) {
        return new LinkRow(e.strategyId(), "supersession-" + sequenceNumber, Type.SUPERSESSION, null, e.supersededBy(),
                null, null, null, null, null, e.provenance(), e.change().effectiveDate());
    }
}
