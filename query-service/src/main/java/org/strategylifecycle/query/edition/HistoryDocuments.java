package org.strategylifecycle.query.edition;

import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StrategyStatus;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.query.measure.ReadingRow;

import java.math.BigDecimal;

/**
 * The documents a history row holds (its {@code before} and {@code after}) for the events that are
 * not an element's content (whose documents are {@link ElementRow}s) nor a note's (an
 * {@code AnnotationView}): named records, written as JSON in their components' order.
 */
final class HistoryDocuments {

    private HistoryDocuments() {
    }

    /** A draft: its status and the edition's facts as drafted. */
    record Drafted(StrategyStatus status, String title, String lineId, Organization organization, Period period,
                   boolean referenced) {
    }

    /** An adoption or a retirement. */
    record StatusChanged(StrategyStatus status) {
    }

    record Superseded(StrategyStatus status, String supersededBy) {
    }

    record LineEstablished(String lineId, String title, String organizationCode) {
    }

    record JoinedLine(String lineId, Period period) {
    }

    record LineSupersession(String lineId, String supersededBy) {
    }

    /** A target set or an actual recorded. */
    record Reading(ReadingRow.Kind reading, String period, BigDecimal value, String text) {
    }

    record Alignment(String alignmentId, AlignmentTarget target, LinkProvenance provenance) {
    }

    /** The alignment a removal names, as its row's {@code before}. */
    record AlignmentRemoved(String alignmentId) {
    }

    record Lineage(String lineageId, ElementRef predecessor, LineageRelation relation, LinkProvenance provenance) {
    }

    record NoteWithdrawn(String annotationId, AnnotationSubject subject, boolean withdrawn) {
    }
}
