package org.strategylifecycle.query.edition;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.strategylifecycle.query.projection.BatchedWriter;
import org.strategylifecycle.query.projection.ReadModel;
import org.strategylifecycle.query.projection.Recorded;
import org.strategylifecycle.query.projection.TableWriter;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.alignment.AlignmentRemoved;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.annotation.AnnotationRecorded;
import org.strategylifecycle.query.annotation.AnnotationView;
import org.strategylifecycle.api.annotation.AnnotationRevised;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.annotation.AnnotationWithdrawn;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.StrategyStatus;
import org.strategylifecycle.api.correction.ElementCorrected;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.identifier.ElementIdentifiedExternally;
import org.strategylifecycle.api.goal.GoalRetired;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.initiative.InitiativeCompleted;
import org.strategylifecycle.api.initiative.InitiativeLaunched;
import org.strategylifecycle.api.initiative.InitiativeRetired;
import org.strategylifecycle.api.initiative.InitiativeRevised;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.line.SupersessionRecorded;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.measure.MeasureActualRecorded;
import org.strategylifecycle.api.measure.MeasureDefined;
import org.strategylifecycle.api.measure.MeasureRetired;
import org.strategylifecycle.api.measure.MeasureRevised;
import org.strategylifecycle.api.measure.MeasureTargetSet;
import org.strategylifecycle.api.missionarea.MissionAreaAdded;
import org.strategylifecycle.api.missionarea.MissionAreaRetired;
import org.strategylifecycle.api.missionarea.MissionAreaRevised;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.objective.ObjectiveRetired;
import org.strategylifecycle.api.objective.ObjectiveRevised;
import org.strategylifecycle.api.outcome.OutcomeDefined;
import org.strategylifecycle.api.outcome.OutcomeRetired;
import org.strategylifecycle.api.outcome.OutcomeRevised;
import org.strategylifecycle.api.stakeholder.StakeholderRecorded;
import org.strategylifecycle.api.stakeholder.StakeholderRemoved;
import org.strategylifecycle.api.stakeholder.StakeholderRevised;
import org.strategylifecycle.api.statement.StatementRecorded;
import org.strategylifecycle.api.statement.StatementRetired;
import org.strategylifecycle.api.statement.StatementRevised;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.api.strategy.StrategyRetired;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.query.measure.ReadingRow;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The editions read model: the current state of every edition and its elements, and the history of
 * every event (each event appends its history row, keyed on aggregate and sequence number, with the
 * element's content before and after). Each handler says what its event does; {@link BatchedWriter}
 * applies the events of a unit of work together at its commit. The links, measure readings and notes
 * of an edition are read models of their own ({@code link}, {@code measure}, {@code annotation}); their
 * events still write their history row here and move the edition's version.
 */
@Component
@ProcessingGroup(BatchedWriter.GROUP)
public class EditionProjection extends ReadModel<EditionBatch> {

    public static final String NAME = "editions";
    public static final List<String> TABLES = List.of("change", "element", "strategy");

    private final EditionTables tables;

    EditionProjection(EditionTables tables, BatchedWriter writer) {
        super(NAME, TABLES, writer);
        this.tables = tables;
    }

    @Override
    protected EditionBatch newBatch() {
        return new EditionBatch(tables);
    }

    @EventHandler
    void on(StrategyDrafted e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, e.strategyId(), null, b -> {
            HistoryDocuments.Drafted after = new HistoryDocuments.Drafted(StrategyStatus.DRAFT, e.title(), e.lineId(),
                    e.organization(), e.period(), e.referenced());
            b.record(r, e.strategyId(), null, null, null, after, true, StrategyStatus.DRAFT);
            b.putStrategy(new StrategyRow(e.strategyId(), e.lineId(), e.title(), TableWriter.json(e.organization()),
                    TableWriter.json(e.period()), e.referenced(), StrategyStatus.DRAFT, null, e.change().effectiveDate(), null, null,
                    r.sequenceNumber(), r.recordedAt()));
        });
    }

    @EventHandler
    void on(StrategyAdopted e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), null, null, null, new HistoryDocuments.StatusChanged(StrategyStatus.ADOPTED), false, StrategyStatus.ADOPTED);
            lifecycle(b, e.strategyId(), StrategyStatus.ADOPTED, e.change().effectiveDate(), null, null, r);
            b.adoptProposedElements(e.strategyId());
        });
    }

    @EventHandler
    void on(StrategySuperseded e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), null, null, null, new HistoryDocuments.Superseded(StrategyStatus.SUPERSEDED, e.supersededBy()),
                    false, StrategyStatus.SUPERSEDED);
            lifecycle(b, e.strategyId(), StrategyStatus.SUPERSEDED, null, e.change().effectiveDate(), e.supersededBy(), r);
        });
    }

    @EventHandler
    void on(StrategyRetired e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), null, null, null, new HistoryDocuments.StatusChanged(StrategyStatus.RETIRED), false, StrategyStatus.RETIRED);
            lifecycle(b, e.strategyId(), StrategyStatus.RETIRED, null, e.change().effectiveDate(), null, r);
        });
    }

    @EventHandler
    void on(StrategyLineEstablished e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, null, null, b -> b.record(r, null, null, null, null,
                new HistoryDocuments.LineEstablished(e.lineId(), e.title(), e.organizationCode()), false, null));
    }

    @EventHandler
    void on(EditionJoinedLine e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, null, null, b -> b.record(r, e.strategyId(), null, null, null,
                new HistoryDocuments.JoinedLine(e.lineId(), e.period()), false, null));
    }

    @EventHandler
    void on(SupersessionRecorded e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, null, null, b -> b.record(r, e.supersededStrategyId(), null, null, null,
                new HistoryDocuments.LineSupersession(e.lineId(), e.supersedingStrategyId()), false, null));
    }

    @EventHandler
    void on(StatementRecorded e, DomainEventMessage<?> m) {
        added(e.strategyId(), m, e.change(), ElementRow.added(ElementType.STATEMENT, e.elementId(), null, e.order())
                .withContent(null, e.label(), e.title(), e.text(), null).withKind(e.kind().name()));
    }

    @EventHandler
    void on(StatementRevised e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(), x -> x.withContent(x.number(), e.label(), e.title(), e.text(), x.overview()));
    }

    @EventHandler
    void on(StatementRetired e, DomainEventMessage<?> m) {
        statusChanged(e.strategyId(), e.elementId(), m, e.change(), ElementStatus.RETIRED);
    }

    @EventHandler
    void on(GoalAdded e, DomainEventMessage<?> m) {
        added(e.strategyId(), m, e.change(), ElementRow.added(ElementType.GOAL, e.elementId(), null, e.order())
                .withContent(e.number(), null, e.title(), e.statement(), e.overview()));
    }

    @EventHandler
    void on(GoalRevised e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(), x -> x.withContent(e.number(), x.label(), e.title(), e.statement(), e.overview()));
    }

    @EventHandler
    void on(GoalRetired e, DomainEventMessage<?> m) {
        statusChanged(e.strategyId(), e.elementId(), m, e.change(), ElementStatus.RETIRED);
    }

    @EventHandler
    void on(MissionAreaAdded e, DomainEventMessage<?> m) {
        added(e.strategyId(), m, e.change(), ElementRow.added(ElementType.MISSION_AREA, e.elementId(), e.goalId(), e.order())
                .withContent(e.number(), null, e.title(), e.statement(), null));
    }

    @EventHandler
    void on(MissionAreaRevised e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(), x -> x.withContent(e.number(), x.label(), e.title(), e.statement(), x.overview()));
    }

    @EventHandler
    void on(MissionAreaRetired e, DomainEventMessage<?> m) {
        statusChanged(e.strategyId(), e.elementId(), m, e.change(), ElementStatus.RETIRED);
    }

    @EventHandler
    void on(ObjectiveAdopted e, DomainEventMessage<?> m) {
        added(e.strategyId(), m, e.change(), ElementRow.added(ElementType.OBJECTIVE, e.elementId(), e.parentId(), e.order())
                .withContent(e.number(), null, e.title(), e.statement(), null));
    }

    @EventHandler
    void on(ObjectiveRevised e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(),
                x -> x.withParent(e.parentId()).withContent(e.number(), x.label(), e.title(), e.statement(), x.overview()));
    }

    @EventHandler
    void on(ObjectiveRetired e, DomainEventMessage<?> m) {
        statusChanged(e.strategyId(), e.elementId(), m, e.change(), ElementStatus.RETIRED);
    }

    @EventHandler
    void on(InitiativeLaunched e, DomainEventMessage<?> m) {
        added(e.strategyId(), m, e.change(), ElementRow.added(ElementType.INITIATIVE, e.elementId(), e.parentId(), e.order())
                .withContent(e.number(), null, e.title(), e.statement(), null));
    }

    @EventHandler
    void on(InitiativeRevised e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(), x -> x.withContent(e.number(), x.label(), e.title(), e.statement(), x.overview()));
    }

    @EventHandler
    void on(InitiativeCompleted e, DomainEventMessage<?> m) {
        statusChanged(e.strategyId(), e.elementId(), m, e.change(), ElementStatus.COMPLETED);
    }

    @EventHandler
    void on(InitiativeRetired e, DomainEventMessage<?> m) {
        statusChanged(e.strategyId(), e.elementId(), m, e.change(), ElementStatus.RETIRED);
    }

    @EventHandler
    void on(OutcomeDefined e, DomainEventMessage<?> m) {
        added(e.strategyId(), m, e.change(), ElementRow.added(ElementType.OUTCOME, e.elementId(), e.parentId(), e.order())
                .withContent(e.number(), null, e.title(), e.statement(), null));
    }

    @EventHandler
    void on(OutcomeRevised e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(), x -> x.withContent(e.number(), x.label(), e.title(), e.statement(), x.overview()));
    }

    @EventHandler
    void on(OutcomeRetired e, DomainEventMessage<?> m) {
        statusChanged(e.strategyId(), e.elementId(), m, e.change(), ElementStatus.RETIRED);
    }

    @EventHandler
    void on(MeasureDefined e, DomainEventMessage<?> m) {
        added(e.strategyId(), m, e.change(), ElementRow.added(ElementType.MEASURE, e.elementId(), e.parentId(), e.order())
                .withContent(e.number(), null, e.title(), e.statement(), null)
                .withMeasure(name(e.measureType()), e.printedType(), e.unit()));
    }

    @EventHandler
    void on(MeasureRevised e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(), x -> x.withContent(e.number(), x.label(), e.title(), e.statement(), x.overview())
                .withMeasure(name(e.measureType()), e.printedType(), e.unit()));
    }


    @EventHandler
    void on(MeasureTargetSet e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), e.elementId(), ElementType.MEASURE, null,
                    new HistoryDocuments.Reading(ReadingRow.Kind.TARGET, e.period(), e.value(), e.text()), false, null);
            b.touch(e.strategyId(), r);
        });
    }

    @EventHandler
    void on(MeasureActualRecorded e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), e.elementId(), ElementType.MEASURE, null,
                    new HistoryDocuments.Reading(ReadingRow.Kind.ACTUAL, e.period(), e.value(), e.text()), false, null);
            b.touch(e.strategyId(), r);
        });
    }

    @EventHandler
    void on(MeasureRetired e, DomainEventMessage<?> m) {
        statusChanged(e.strategyId(), e.elementId(), m, e.change(), ElementStatus.RETIRED);
    }

    @EventHandler
    void on(StakeholderRecorded e, DomainEventMessage<?> m) {
        added(e.strategyId(), m, e.change(), ElementRow.added(ElementType.STAKEHOLDER, e.stakeholderId(), e.holderId(), e.order())
                .withContent(null, null, e.name(), e.description(), null)
                .withStakeholder(name(e.stakeholderType()), e.roles()));
    }

    @EventHandler
    void on(StakeholderRevised e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.stakeholderId(), m, e.change(), x -> x.withContent(x.number(), x.label(), e.name(),
                e.description(), x.overview()).withStakeholder(name(e.stakeholderType()), e.roles()));
    }

    @EventHandler
    void on(StakeholderRemoved e, DomainEventMessage<?> m) {
        statusChanged(e.strategyId(), e.stakeholderId(), m, e.change(), ElementStatus.RETIRED);
    }

    /** A content change, so that as-of reads find the element by the identifier it had then. */
    @EventHandler
    void on(ElementIdentifiedExternally e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(), x -> x.withExternalId(e.externalId()));
    }

    /** An enum as the read model stores it; absent where the source states none (a measure without type, ADR 20). */
    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @EventHandler
    void on(ObjectiveAligned e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), e.elementId(), null, null,
                    new HistoryDocuments.Alignment(e.alignmentId(), e.target(), e.provenance()), false, null);
            b.touch(e.strategyId(), r);
        });
    }

    @EventHandler
    void on(AlignmentRemoved e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), e.elementId(), null, new HistoryDocuments.AlignmentRemoved(e.alignmentId()), null, false, null);
            b.touch(e.strategyId(), r);
        });
    }

    @EventHandler
    void on(LineageLinked e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), e.elementId(), null, null, new HistoryDocuments.Lineage(e.lineageId(), e.predecessor(), e.relation(), e.provenance()), false, null);
            b.touch(e.strategyId(), r);
        });
    }

    @EventHandler
    void on(ElementCorrected e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(), x -> x.withContent(e.number(), e.label(), e.title(), e.text(), e.overview()));
    }

    @EventHandler
    void on(AnnotationRecorded e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        annotated(m, r, e.strategyId(), AnnotationView.of(e, r.recordedAt()));
    }

    @EventHandler
    void on(AnnotationRevised e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        annotated(m, r, e.strategyId(), AnnotationView.of(e, r.recordedAt()));
    }

    @EventHandler
    void on(AnnotationWithdrawn e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(m, r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), subjectId(e.subject()), null, null,
                    new HistoryDocuments.NoteWithdrawn(e.annotationId(), e.subject(), true), false, null);
            b.touch(e.strategyId(), r);
        });
    }

    /** Queues what an event does; {@code elementId} null: it reads only its edition's row (if any). */
    private void apply(DomainEventMessage<?> m, Recorded r, String strategyId, String elementId,
                       Consumer<EditionBatch> change) {
        Object reads = strategyId == null ? null
                : elementId == null ? strategyId : new EditionBatch.ElementKey(strategyId, elementId);
        apply(m, r, reads, change);
    }

    /**
     * A note recorded or revised: its history row holds the whole note (what as-of reads fold), named
     * by the element or link it is about so that their history shows it; the current note is upserted.
     */
    private void annotated(DomainEventMessage<?> m, Recorded r, String strategyId, AnnotationView note) {
        apply(m, r, strategyId, null, b -> {
            b.record(r, strategyId, subjectId(note.subject()), null, null, note, false, null);
            b.touch(strategyId, r);
        });
    }

    private static String subjectId(AnnotationSubject subject) {
        return subject.kind() == AnnotationSubjectKind.EDITION ? null : subject.id();
    }

    private static void lifecycle(EditionBatch b, String strategyId, StrategyStatus status, LocalDate adoptedOn,
                                  LocalDate endedOn, String supersededBy, Recorded r) {
        StrategyRow row = b.strategy(strategyId);
        if (row != null) {
            b.putStrategy(row.withStatus(status, adoptedOn, endedOn, supersededBy, r.sequenceNumber(), r.recordedAt()));
        }
    }

    private void added(String strategyId, DomainEventMessage<?> m, Change change, ElementRow row) {
        Recorded r = Recorded.of(m, change);
        apply(m, r, strategyId, null, b -> {
            StrategyRow strategy = b.strategy(strategyId);
            ElementStatus status = strategy != null && strategy.status() == StrategyStatus.DRAFT ? ElementStatus.PROPOSED
                    : ElementStatus.ADOPTED;
            ElementRow after = row.withStatus(status).atVersion(r.sequenceNumber());
            b.record(r, strategyId, row.elementId(), row.type(), null, after, true, status);
            b.putElement(strategyId, after);
            b.touch(strategyId, r);
        });
    }

    private void revised(String strategyId, String elementId, DomainEventMessage<?> m,
                         Change change, UnaryOperator<ElementRow> revision) {
        changed(strategyId, elementId, m, change, revision, true, null);
    }

    private void statusChanged(String strategyId, String elementId, DomainEventMessage<?> m,
                               Change change, ElementStatus status) {
        changed(strategyId, elementId, m, change, x -> x.withStatus(status), false, status);
    }

    private void changed(String strategyId, String elementId, DomainEventMessage<?> m,
                         Change change, UnaryOperator<ElementRow> mutation,
                         boolean contentChange, ElementStatus statusAfter) {
        Recorded r = Recorded.of(m, change);
        apply(m, r, strategyId, elementId, b -> {
            ElementRow before = b.element(strategyId, elementId);
            ElementRow after = mutation.apply(before).atVersion(r.sequenceNumber());
            b.record(r, strategyId, elementId, before.type(), before, after, contentChange,
                    statusAfter);
            b.putElement(strategyId, after);
            b.touch(strategyId, r);
        });
    }
}
