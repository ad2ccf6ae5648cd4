package org.strategylifecycle.api.imports;

import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.stakeholder.StakeholderType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a StratML document says, read into the domain's terms: the edition, its elements in an order
 * in which every parent comes before its members, their targets and actuals, the alignments and
 * lineage its {@code aligns-to:} and {@code lineage:} lines state, and notes on what could not be
 * carried over. {@code where} names the element in the document for refusals and notes.
 * {@code externalIds} maps an element's id to the identifier the document gives it, where that is
 * not the id (ADR 20).
 */
public record ImportedPlan(String name, String documentId, Organization organization, Period period, boolean referenced,
                           List<Element> elements, List<Reading> readings, List<Alignment> alignments,
                           List<Lineage> lineage, List<Annotation> annotations, List<Stakeholder> stakeholders,
                           Map<String, String> externalIds, List<String> notes) {

    /** A stakeholder of the organization ({@code holderId} null), a goal or an objective. */
    public record Stakeholder(String where, String id, String holderId, String name, String description,
                              StakeholderType type, List<StakeholderRole> roles) {
    }

    /** {@code status} is null, COMPLETED or RETIRED: only the ends of a life are replayed. */
    public record Element(String where, String id, ElementType type, String parentId, String number, String title,
                          String statement, String overview, StatementKind statementKind, String label,
                          MeasureType measureType, String printedType, String unit, String section,
                          ElementStatus status) {
    }

    public record Reading(String where, String measureId, boolean target, String period, BigDecimal value, String text,
                          String section) {
    }

    /**
     * {@code target.strategyId} is null for a target in the imported plan itself; {@code position}
     * counts the element's {@code aligns-to:} lines from 1, for annotations on the link.
     */
    public record Alignment(String where, String elementId, int position, AlignmentTarget target,
                            LinkProvenance provenance, String printed) {
    }

    /** A {@code lineage:} line: the element derives from, replaces or continues one of another edition. */
    public record Lineage(String where, String elementId, int position, ElementRef predecessor,
                          LineageRelation relation, LinkProvenance provenance) {
    }

    /**
     * An {@code annotation:} line: on the edition, an element ({@code elementId}), or the
     * {@code linkPosition}-th {@code linkKind} line ("aligns-to" or "lineage") of {@code elementId}.
     */
    public record Annotation(String where, String annotationId, AnnotationSubjectKind kind, String elementId,
                             String linkKind, int linkPosition, String field, String uncertainty,
                             List<Alternative> alternatives, String chosenReading, String reason) {
    }
}
