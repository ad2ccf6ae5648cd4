package org.strategylifecycle.query.edition;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.strategylifecycle.api.alignment.AlignmentRemoved;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotationRecorded;
import org.strategylifecycle.api.annotation.AnnotationRevised;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.annotation.AnnotationWithdrawn;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
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
import org.strategylifecycle.support.web.RequestId;
import org.strategylifecycle.support.web.Unavailable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Keeps the current state of every edition and its revision history. Each handler says what its
 * event does; {@link EditionBatch} applies the events of a unit of work together at its commit
 * (set-based reads, batched writes). Each event appends its history row, keyed on (aggregate,
 * sequence number): a redelivered event finds its row and changes nothing, and since all writes of a
 * batch share a transaction with the processor's token, the row's presence means the whole event was applied.
 */
@Component
@ProcessingGroup(EditionProjection.GROUP)
public class EditionProjection {

    public static final String GROUP = "editions";
    private static final Logger LOG = LoggerFactory.getLogger(EditionProjection.class);
    private static final String BATCH = EditionBatch.class.getName();

    private final EditionTables tables;
    private final TransactionTemplate savepoint;
    /** Aggregates whose last batch failed: their events are applied one at a time until one commits. */
    private final Set<String> suspects = ConcurrentHashMap.newKeySet();

    EditionProjection(EditionTables tables, PlatformTransactionManager transactions) {
        this.tables = tables;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventHandler
    void on(StrategyDrafted e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, e.strategyId(), null, b -> {
            Map<String, Object> after = details("status", "DRAFT", "title", e.title(), "lineId", e.lineId(),
                    "organization", e.organization(), "period", e.period(), "referenced", e.referenced());
            b.record(r, e.strategyId(), null, null, null, after, true, "DRAFT");
            b.putStrategy(new StrategyRow(e.strategyId(), e.lineId(), e.title(), EditionTables.json(e.organization()),
                    EditionTables.json(e.period()), e.referenced(), "DRAFT", null, e.change().effectiveDate(), null, null,
                    r.sequenceNumber(), r.recordedAt()));
        });
    }

    @EventHandler
    void on(StrategyAdopted e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), null, null, null, details("status", "ADOPTED"), false, "ADOPTED");
            lifecycle(b, e.strategyId(), "ADOPTED", e.change().effectiveDate(), null, null, r);
            b.adoptProposedElements(e.strategyId());
        });
    }

    @EventHandler
    void on(StrategySuperseded e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), null, null, null, details("status", "SUPERSEDED", "supersededBy", e.supersededBy()),
                    false, "SUPERSEDED");
            lifecycle(b, e.strategyId(), "SUPERSEDED", null, e.change().effectiveDate(), e.supersededBy(), r);
            b.insertLink(new Link(e.strategyId(), "supersession-" + r.sequenceNumber(), "SUPERSESSION", null,
                    e.supersededBy(), null, null, null, null, null, e.provenance()), r);
        });
    }

    @EventHandler
    void on(StrategyRetired e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), null, null, null, details("status", "RETIRED"), false, "RETIRED");
            lifecycle(b, e.strategyId(), "RETIRED", null, e.change().effectiveDate(), null, r);
        });
    }

    @EventHandler
    void on(StrategyLineEstablished e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, null, null, b -> b.record(r, null, null, null, null,
                details("lineId", e.lineId(), "title", e.title(), "organizationCode", e.organizationCode()), false, null));
    }

    @EventHandler
    void on(EditionJoinedLine e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, null, null, b -> b.record(r, e.strategyId(), null, null, null,
                details("lineId", e.lineId(), "period", e.period()), false, null));
    }

    @EventHandler
    void on(SupersessionRecorded e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, null, null, b -> b.record(r, e.supersededStrategyId(), null, null, null,
                details("lineId", e.lineId(), "supersededBy", e.supersedingStrategyId()), false, null));
    }

    @EventHandler
    void on(StatementRecorded e, DomainEventMessage<?> m) {
        added(e.strategyId(), m, e.change(), new ElementRow(e.elementId(), ElementType.STATEMENT, null, null, e.label(),
                e.title(), e.text(), null, e.kind().name(), null, null, null, e.order(), null, 0));
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
        added(e.strategyId(), m, e.change(), new ElementRow(e.elementId(), ElementType.GOAL, null, e.number(), null,
                e.title(), e.statement(), e.overview(), null, null, null, null, e.order(), null, 0));
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
        added(e.strategyId(), m, e.change(), new ElementRow(e.elementId(), ElementType.MISSION_AREA, e.goalId(), e.number(),
                null, e.title(), e.statement(), null, null, null, null, null, e.order(), null, 0));
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
        added(e.strategyId(), m, e.change(), new ElementRow(e.elementId(), ElementType.OBJECTIVE, e.parentId(), e.number(),
                null, e.title(), e.statement(), null, null, null, null, null, e.order(), null, 0));
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
        added(e.strategyId(), m, e.change(), new ElementRow(e.elementId(), ElementType.INITIATIVE, e.parentId(), e.number(),
                null, e.title(), e.statement(), null, null, null, null, null, e.order(), null, 0));
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
        added(e.strategyId(), m, e.change(), new ElementRow(e.elementId(), ElementType.OUTCOME, e.parentId(), e.number(),
                null, e.title(), e.statement(), null, null, null, null, null, e.order(), null, 0));
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
        added(e.strategyId(), m, e.change(), new ElementRow(e.elementId(), ElementType.MEASURE, e.parentId(), e.number(),
                null, e.title(), e.statement(), null, null, name(e.measureType()), e.printedType(), e.unit(), e.order(), null, 0));
    }

    @EventHandler
    void on(MeasureRevised e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(), x -> x.withContent(e.number(), x.label(), e.title(), e.statement(), x.overview())
                .withMeasure(name(e.measureType()), e.printedType(), e.unit()));
    }


    @EventHandler
    void on(MeasureTargetSet e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), e.elementId(), ElementType.MEASURE, null,
                    details("reading", "TARGET", "period", e.period(), "value", e.value(), "text", e.text()), false, null);
            b.insertReading(new EditionBatch.ReadingRow(e.strategyId(), r.sequenceNumber(), e.elementId(), "TARGET",
                    e.period(), e.value(), e.text(), e.replaced(), e.change().effectiveDate(), r.recordedAt()));
            b.touch(e.strategyId(), r);
        });
    }

    @EventHandler
    void on(MeasureActualRecorded e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), e.elementId(), ElementType.MEASURE, null,
                    details("reading", "ACTUAL", "period", e.period(), "value", e.value(), "text", e.text()), false, null);
            b.insertReading(new EditionBatch.ReadingRow(e.strategyId(), r.sequenceNumber(), e.elementId(), "ACTUAL",
                    e.period(), e.value(), e.text(), e.restated(), e.change().effectiveDate(), r.recordedAt()));
            b.touch(e.strategyId(), r);
        });
    }

    @EventHandler
    void on(MeasureRetired e, DomainEventMessage<?> m) {
        statusChanged(e.strategyId(), e.elementId(), m, e.change(), ElementStatus.RETIRED);
    }

    @EventHandler
    void on(StakeholderRecorded e, DomainEventMessage<?> m) {
        added(e.strategyId(), m, e.change(), new ElementRow(e.stakeholderId(), ElementType.STAKEHOLDER, e.holderId(), null,
                null, e.name(), e.description(), null, null, null, null, null, e.order(), null, 0, name(e.stakeholderType()),
                e.roles(), null));
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
        apply(r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), e.elementId(), null, null,
                    details("alignmentId", e.alignmentId(), "target", e.target(), "provenance", e.provenance()), false, null);
            b.insertLink(new Link(e.strategyId(), e.alignmentId(), "ALIGNMENT", e.elementId(), e.target().strategyId(),
                    e.target().elementId(), e.target().document(), e.target().number(), e.target().text(), "SUPPORTS",
                    e.provenance()), r);
            b.touch(e.strategyId(), r);
        });
    }

    @EventHandler
    void on(AlignmentRemoved e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), e.elementId(), null, details("alignmentId", e.alignmentId()), null, false, null);
            b.removeLink(e.strategyId(), e.alignmentId(), e.change().effectiveDate());
            b.touch(e.strategyId(), r);
        });
    }

    @EventHandler
    void on(LineageLinked e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), e.elementId(), null, null, details("lineageId", e.lineageId(),
                    "predecessor", e.predecessor(), "relation", e.relation(), "provenance", e.provenance()), false, null);
            b.insertLink(new Link(e.strategyId(), e.lineageId(), "LINEAGE", e.elementId(), e.predecessor().strategyId(),
                    e.predecessor().elementId(), null, null, null, e.relation().name(), e.provenance()), r);
            b.touch(e.strategyId(), r);
        });
    }

    @EventHandler
    void on(ElementCorrected e, DomainEventMessage<?> m) {
        revised(e.strategyId(), e.elementId(), m, e.change(), x -> x.withContent(e.number(), e.label(), e.title(), e.text(), e.overview()));
    }

    @EventHandler
    void on(AnnotationRecorded e, DomainEventMessage<?> m) {
        annotated(e.strategyId(), m, e.change(), e.annotationId(), e.subject(), e.uncertainty(), e.alternatives(),
                e.chosenReading(), e.reason());
    }

    @EventHandler
    void on(AnnotationRevised e, DomainEventMessage<?> m) {
        annotated(e.strategyId(), m, e.change(), e.annotationId(), e.subject(), e.uncertainty(), e.alternatives(),
                e.chosenReading(), e.reason());
    }

    @EventHandler
    void on(AnnotationWithdrawn e, DomainEventMessage<?> m) {
        Recorded r = Recorded.of(m, e.change());
        apply(r, e.strategyId(), null, b -> {
            b.record(r, e.strategyId(), subjectId(e.subject()), null, null,
                    details("annotationId", e.annotationId(), "subject", e.subject(), "withdrawn", true), false, null);
            b.withdrawAnnotation(new EditionBatch.AnnotationWithdrawal(e.strategyId(), e.annotationId(),
                    e.change().effectiveDate()));
            b.touch(e.strategyId(), r);
        });
    }

    @ResetHandler
    void reset() {
        tables.deleteAll();
    }

    /**
     * Queues what an event does in the batch of the current unit of work, written when it commits;
     * outside a unit of work (a direct call) the event is applied and written at once.
     * <p>
     * An event that cannot be applied fails its batch at commit, and Axon retries the batch. Before
     * it does, the failed batch's aggregates become suspects: on the retry each event of a suspect is
     * applied on its own, at once, in a savepoint, and one that fails throws from its handler, where
     * Axon's dead-letter queue parks it (and, from then on, every later event of its aggregate),
     * while the savepoint leaves the batch's other work intact. A database that is out of reach is
     * not the event's fault: it fails the batch instead, to be retried whole.
     */
    private void apply(Recorded r, String strategyId, String elementId, Consumer<EditionBatch> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            EditionBatch.Pending pending = new EditionBatch.Pending(r, strategyId, elementId, change, null);
            EditionBatch batch = new EditionBatch(tables);
            batch.add(pending);
            batch.flush();
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        EditionBatch.Pending pending = new EditionBatch.Pending(r, strategyId, elementId, change,
                unitOfWork.getMessage() instanceof EventMessage<?> event ? event : null);
        EditionBatch batch = unitOfWork.getOrComputeResource(BATCH, key -> {
            EditionBatch created = new EditionBatch(tables);
            unitOfWork.onPrepareCommit(u -> {
                Set<String> aggregates = created.aggregates();
                try {
                    created.flush();
                } catch (RuntimeException e) {
                    if (!Unavailable.isUnavailable(e)) {
                        LOG.warn("a batch of events for {} aggregates failed ({}); they are retried one event at a time",
                                aggregates.size(), rootCause(e));
                        suspects.addAll(aggregates);
                    }
                    throw e;
                }
            });
            return created;
        });
        if (!suspects.contains(r.aggregateId())) {
            batch.add(pending);
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> {
                EditionBatch alone = new EditionBatch(tables);
                alone.add(pending);
                alone.flush();
            });
            unitOfWork.afterCommit(u -> suspects.remove(r.aggregateId()));
        } catch (RuntimeException e) {
            if (Unavailable.isUnavailable(e)) {
                batch.fail(e);
                return;
            }
            unitOfWork.afterCommit(u -> suspects.remove(r.aggregateId()));
            try (RequestId.Scope ignored = RequestId.inMdc(
                    pending.message() == null ? null : pending.message().getMetaData().get(RequestId.KEY))) {
                LOG.error("event {} of {} at position {} cannot be applied and is parked: {}", r.sequenceNumber(),
                        r.aggregateId(), r.globalIndex(), rootCause(e));
            }
            throw e;
        }
    }

    static String rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * A note recorded or revised: its history row holds the whole note (what as-of reads fold), named
     * by the element or link it is about so that their history shows it; the current note is upserted.
     */
    private void annotated(String strategyId, DomainEventMessage<?> m, Change change, String annotationId,
                           AnnotationSubject subject, String uncertainty, List<Alternative> alternatives,
                           String chosenReading, String reason) {
        Recorded r = Recorded.of(m, change);
        AnnotationView note = new AnnotationView(annotationId, subject, uncertainty, alternatives, chosenReading, reason,
                change.effectiveDate(), r.recordedAt());
        apply(r, strategyId, null, b -> {
            b.record(r, strategyId, subjectId(subject), null, null, note, false, null);
            b.putAnnotation(new EditionBatch.AnnotationRow(strategyId, note));
            b.touch(strategyId, r);
        });
    }

    private static String subjectId(AnnotationSubject subject) {
        return subject.kind() == AnnotationSubjectKind.EDITION ? null : subject.id();
    }

    private static void lifecycle(EditionBatch b, String strategyId, String status, LocalDate adoptedOn,
                                  LocalDate endedOn, String supersededBy, Recorded r) {
        StrategyRow row = b.strategy(strategyId);
        if (row != null) {
            b.putStrategy(row.withStatus(status, adoptedOn, endedOn, supersededBy, r.sequenceNumber(), r.recordedAt()));
        }
    }

    private void added(String strategyId, DomainEventMessage<?> m, Change change, ElementRow row) {
        Recorded r = Recorded.of(m, change);
        apply(r, strategyId, null, b -> {
            StrategyRow strategy = b.strategy(strategyId);
            ElementStatus status = strategy != null && "DRAFT".equals(strategy.status()) ? ElementStatus.PROPOSED
                    : ElementStatus.ADOPTED;
            ElementRow after = row.withStatus(status).atVersion(r.sequenceNumber());
            b.record(r, strategyId, row.elementId(), row.type(), null, after, true, status.name());
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
        apply(r, strategyId, elementId, b -> {
            ElementRow before = b.element(strategyId, elementId);
            ElementRow after = mutation.apply(before).atVersion(r.sequenceNumber());
            b.record(r, strategyId, elementId, before.type(), before, after, contentChange,
                    statusAfter == null ? null : statusAfter.name());
            b.putElement(strategyId, after);
            b.touch(strategyId, r);
        });
    }

    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
