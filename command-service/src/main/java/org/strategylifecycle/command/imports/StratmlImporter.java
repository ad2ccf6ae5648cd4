package org.strategylifecycle.command.imports;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.annotation.AnnotateReading;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.goal.RetireGoal;
import org.strategylifecycle.api.identifier.IdentifyElementExternally;
import org.strategylifecycle.api.initiative.CompleteInitiative;
import org.strategylifecycle.api.initiative.RetireInitiative;
import org.strategylifecycle.api.measure.RetireMeasure;
import org.strategylifecycle.api.missionarea.RetireMissionArea;
import org.strategylifecycle.api.objective.RetireObjective;
import org.strategylifecycle.api.outcome.RetireOutcome;
import org.strategylifecycle.api.stakeholder.RecordStakeholder;
import org.strategylifecycle.api.statement.RetireStatement;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.api.initiative.LaunchInitiative;
import org.strategylifecycle.api.measure.DefineMeasure;
import org.strategylifecycle.api.measure.RecordMeasureActual;
import org.strategylifecycle.api.measure.SetMeasureTarget;
import org.strategylifecycle.api.missionarea.AddMissionArea;
import org.strategylifecycle.api.objective.AdoptObjective;
import org.strategylifecycle.api.outcome.DefineOutcome;
import org.strategylifecycle.api.statement.RecordStatement;
import org.strategylifecycle.stratml.StratmlDocuments;
import org.strategylifecycle.stratml.StratmlKind;
import org.strategylifecycle.api.strategy.DraftStrategy;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.edition.Texts;
import org.strategylifecycle.command.idempotency.KeyedRequest;
import org.strategylifecycle.command.idempotency.RepeatedRequests;
import org.strategylifecycle.command.web.Refusals;
import org.strategylifecycle.support.web.RequestId;
import org.slf4j.MDC;
import org.w3c.dom.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records a StratML plan as a draft edition through the ordinary commands, all in one unit of
 * work: the commands run as nested units of a root unit with one database transaction, so their
 * events are stored together when the root commits, and a refused command rolls back everything
 * (events, and the aggregates the cache would otherwise keep). Commands go to the local command bus
 * segment, so they are handled in this thread and nest in the root unit also when Axon Server
 * routes other commands. They are created inside the root unit and take its request id and
 * Idempotency-Key as correlation data, so every event of the import names its request, and the new
 * edition remembers the key like any aggregate (docs/adr/0015).
 */
@Component
class StratmlImporter {

    /** What the client says besides the document: the draft's effective date and the optional choices. */
    record Options(LocalDate effectiveDate, String strategyId, String rationale, String lineId, String source, String actor,
                   boolean repair) {
    }

    private final CommandBus commands;
    private final TransactionManager transactions;
    private final EventStore events;
    private final Repository<StrategyEdition> editions;

    StratmlImporter(@Qualifier("localSegment") CommandBus commands, TransactionManager transactions, EventStore events,
                    Repository<StrategyEdition> editions) {
        this.commands = commands;
        this.transactions = transactions;
        this.events = events;
        this.editions = editions;
    }

    /**
     * Records the plan; {@code request} (null without an Idempotency-Key) rides with every command and
     * event of the import, and a repeated import answers as the first without recording anything.
     */
    ImportAnswer importPlan(byte[] xml, Options options, KeyedRequest request) {
        List<String> repairs = List.of();
        Document document;
        if (options.repair()) {
            document = StratmlDocuments.parse(xml);
            repairs = StratmlRepairs.repair(document);
            // Positions of what is still wrong are those of the repaired document, and the refusal says so.
            StratmlDocuments.validate(repairs.isEmpty() ? xml : StratmlDocuments.serialize(document), document,
                    repairs.isEmpty() ? "" : " left after " + repairs.size() + " repairs (positions in the repaired document)");
        } else {
            document = StratmlDocuments.read(xml);
        }
        Plan plan = PlanReader.read(document, options.source(), options.effectiveDate(), repairs);
        Map<String, Object> metaData = new HashMap<>();
        if (MDC.get(RequestId.KEY) != null) {
            metaData.put(RequestId.KEY, MDC.get(RequestId.KEY));
        }
        if (request != null) {
            metaData.putAll(request.asMetaData());
        }
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>("import StratML", metaData));
        // Commands created inside this unit take these from it, and their events from them.
        unit.registerCorrelationDataProvider(new SimpleCorrelationDataProvider(metaData.keySet().toArray(String[]::new)));
        try {
            unit.attachTransaction(transactions);
            String strategyId = strategyId(options.strategyId(), plan, request);
            Optional<Long> first = request == null ? Optional.empty() : RepeatedRequests.answered(editions, strategyId, request);
            ImportAnswer answer = new Recording(strategyId, plan, options, first).run();
            unit.commit();
            return answer;
        } catch (RuntimeException e) {
            if (unit.isActive()) {
                unit.rollback(e);
            }
            throw e;
        }
    }

    /**
     * The client's id; else the document's own if it is a valid id no aggregate uses; else one made
     * from the plan's name and period, numbered on if taken. An id taken by the edition that this
     * request's first attempt created counts as free, so a retry lands on it.
     */
    private String strategyId(String given, Plan plan, KeyedRequest request) {
        if (given != null) {
            return Texts.id("strategyId", given);
        }
        if (plan.documentId() != null && Texts.isId(plan.documentId()) && isFree(plan.documentId(), request)) {
            return plan.documentId();
        }
        String base = plan.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        String years = plan.period().fromYear() + (plan.period().toYear() == null ? "" : "-" + plan.period().toYear());
        base = base.isEmpty() ? "strategy-" + years : base.endsWith(years) ? base : base + "-" + years;
        String id = base;
        for (int n = 2; !isFree(id, request); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean isFree(String aggregateId, KeyedRequest request) {
        if (events.lastSequenceNumberFor(aggregateId).isEmpty()) {
            return true;
        }
        return request != null && RepeatedRequests.answered(editions, aggregateId, request).isPresent();
    }

    /** One import's commands, sent in order; counts what was recorded. */
    private final class Recording {

        private final String strategyId;
        private final Plan plan;
        private final Options options;
        private final Map<StratmlKind, Integer> counts = new EnumMap<>(StratmlKind.class);
        private final Set<String> recorded = new HashSet<>();
        private final Set<String> numbers = new HashSet<>();
        private final List<String> notes;
        private long version;
        /** Set when the edition holds this request already: nothing is sent, the answer is derived again. */
        private final boolean repeated;

        /** {@code first}: the version this request answered, if the edition recorded it already. */
        Recording(String strategyId, Plan plan, Options options, Optional<Long> first) {
            this.strategyId = strategyId;
            this.plan = plan;
            this.options = options;
            this.notes = new ArrayList<>(plan.notes());
            this.repeated = first.isPresent();
            this.version = first.orElse(0L);
        }

        ImportAnswer run() {
            send("the plan", new DraftStrategy(strategyId, options.lineId(), plan.name(), plan.organization(),
                    plan.period(), plan.referenced(), change(null)));
            for (Plan.Element e : plan.elements()) {
                send(e.where(), command(e));
                counts.merge(e.kind(), 1, Integer::sum);
                recorded.add(e.id());
            }
            for (Plan.Stakeholder h : plan.stakeholders()) {
                send(h.where(), new RecordStakeholder(strategyId, null, h.id(), h.holderId(), h.name(), h.description(),
                        h.type(), h.roles(), null, change(null)));
                recorded.add(h.id());
            }
            for (Plan.Element e : plan.elements()) {
                String externalId = plan.externalIds().get(e.id());
                if (externalId != null) {
                    send(e.where(), new IdentifyElementExternally(strategyId, null, e.id(), externalId, change(e.section())));
                }
            }
            int targets = 0;
            int actuals = 0;
            for (Plan.Reading r : plan.readings()) {
                if (r.target()) {
                    send(r.where(), new SetMeasureTarget(strategyId, null, r.measureId(), r.period(), r.value(), r.text(), change(r.section())));
                    targets++;
                } else {
                    send(r.where(), new RecordMeasureActual(strategyId, null, r.measureId(), r.period(), r.value(), r.text(), change(r.section())));
                    actuals++;
                }
            }
            List<ImportAnswer.UnresolvedAlignment> unresolved = new ArrayList<>();
            Set<String> aligned = new HashSet<>();
            // The link an annotation line names ("aligns-to 2" of an element) → the id it was recorded under.
            Map<String, String> links = new HashMap<>();
            int alignments = 0;
            for (Plan.Alignment a : plan.alignments()) {
                AlignmentTarget target = a.target().isExternal() || a.target().strategyId() != null ? a.target()
                        : new AlignmentTarget(strategyId, a.target().elementId(), null, null, null);
                if (!aligned.add(a.elementId() + " " + target)) {
                    notes.add(a.where() + ": a second aligns-to line to the same target is not recorded again");
                    continue;
                }
                if (!target.isExternal() && !exists(target)) {
                    unresolved.add(new ImportAnswer.UnresolvedAlignment(a.elementId(),
                            target.strategyId().equals(strategyId) ? null : target.strategyId(), target.elementId(), a.printed()));
                    continue;
                }
                String alignmentId = freeLinkId("alignment-", alignments + 1);
                send(a.where(), new AlignObjective(strategyId, null, alignmentId, a.elementId(), target,
                        a.provenance(), change(null)));
                recorded.add(alignmentId);
                links.put(a.elementId() + " aligns-to " + a.position(), alignmentId);
                alignments++;
            }
            int lineage = 0;
            for (Plan.Lineage l : plan.lineage()) {
                ElementRef predecessor = l.predecessor();
                if (predecessor.strategyId().equals(strategyId) || !exists(new AlignmentTarget(predecessor.strategyId(),
                        predecessor.elementId(), null, null, null))) {
                    notes.add(l.where() + ": lineage to " + predecessor.strategyId() + "#" + predecessor.elementId()
                            + " is not recorded: the service holds no such element of another edition");
                    continue;
                }
                String lineageId = freeLinkId("lineage-", lineage + 1);
                send(l.where(), new LinkLineage(strategyId, null, lineageId, l.elementId(),
                        predecessor, l.relation(), l.provenance(), change(null)));
                recorded.add(lineageId);
                links.put(l.elementId() + " lineage " + l.position(), lineageId);
                lineage++;
            }
            int annotations = 0;
            for (Plan.Annotation a : plan.annotations()) {
                AnnotationSubject subject = subject(a, links);
                if (subject == null) {
                    continue;
                }
                String annotationId = a.annotationId() != null && Texts.isId(a.annotationId()) && recorded.add(a.annotationId())
                        ? a.annotationId() : freeLinkId("annotation-", annotations + 1);
                if (!annotationId.equals(a.annotationId())) {
                    recorded.add(annotationId);
                    notes.add(a.where() + ": annotation " + a.annotationId() + " recorded as " + annotationId);
                }
                send(a.where(), new AnnotateReading(strategyId, null, annotationId, subject, a.uncertainty(), a.alternatives(),
                        a.chosenReading(), a.reason(), change(null)));
                annotations++;
            }
            // Completions, then retirements members first (the list has parents before members), as a
            // retirement needs the element's members retired.
            for (Plan.Element e : plan.elements()) {
                if (e.status() == ElementStatus.COMPLETED && e.kind() == StratmlKind.INITIATIVE) {
                    send(e.where(), new CompleteInitiative(strategyId, null, e.id(), change(null)));
                }
            }
            List<Plan.Element> reversed = new ArrayList<>(plan.elements());
            Collections.reverse(reversed);
            for (Plan.Element e : reversed) {
                if (e.status() == ElementStatus.RETIRED) {
                    send(e.where(), retire(e, change(null)));
                }
            }
            return new ImportAnswer(strategyId, version, count(StratmlKind.STATEMENT), count(StratmlKind.GOAL),
                    count(StratmlKind.MISSION_AREA), count(StratmlKind.OBJECTIVE), count(StratmlKind.INITIATIVE),
                    count(StratmlKind.OUTCOME), count(StratmlKind.MEASURE), targets, actuals, alignments, lineage,
                    annotations, plan.stakeholders().size(), plan.externalIds().size(), List.copyOf(unresolved),
                    List.copyOf(notes));
        }

        /** The annotation's subject as recorded here, or null (with a note) when it names an element or link that was not recorded. */
        private AnnotationSubject subject(Plan.Annotation a, Map<String, String> links) {
            return switch (a.kind()) {
                case EDITION -> new AnnotationSubject(AnnotationSubjectKind.EDITION, strategyId, a.field());
                case ELEMENT -> {
                    if (plan.elements().stream().noneMatch(e -> e.id().equals(a.elementId()))) {
                        notes.add(a.where() + ": annotation " + a.annotationId() + " is about " + a.elementId()
                                + ", which the import did not record: not recorded");
                        yield null;
                    }
                    yield new AnnotationSubject(AnnotationSubjectKind.ELEMENT, a.elementId(), a.field());
                }
                case LINK -> {
                    String linkId = links.get(a.elementId() + " " + a.linkKind() + " " + a.linkPosition());
                    if (linkId == null) {
                        notes.add(a.where() + ": annotation " + a.annotationId() + " is about " + a.linkKind() + " line "
                                + a.linkPosition() + ", which the import did not record: not recorded");
                        yield null;
                    }
                    yield new AnnotationSubject(AnnotationSubjectKind.LINK, linkId, a.field());
                }
            };
        }

        private Object command(Plan.Element e) {
            String number = freeNumber(e);
            Change change = change(e.section());
            return switch (e.kind()) {
                case STATEMENT -> new RecordStatement(strategyId, null, e.id(), e.statementKind(), e.label(), e.title(),
                        e.statement(), null, change);
                case GOAL -> new AddGoal(strategyId, null, e.id(), number, e.title(), e.statement(), e.overview(), null, change);
                case MISSION_AREA -> new AddMissionArea(strategyId, null, e.id(), e.parentId(), number, e.title(),
                        e.statement(), null, change);
                case OBJECTIVE -> new AdoptObjective(strategyId, null, e.id(), e.parentId(), number, e.title(),
                        e.statement(), null, change);
                case INITIATIVE -> new LaunchInitiative(strategyId, null, e.id(), e.parentId(), number, e.title(),
                        e.statement(), null, change);
                case OUTCOME -> new DefineOutcome(strategyId, null, e.id(), e.parentId(), number, e.title(),
                        e.statement(), null, change);
                case MEASURE -> new DefineMeasure(strategyId, null, e.id(), e.parentId(), number, e.title(), e.statement(),
                        e.measureType(), e.printedType(), e.unit(), null, change);
            };
        }

        private Object retire(Plan.Element e, Change change) {
            return switch (e.kind()) {
                case STATEMENT -> new RetireStatement(strategyId, null, e.id(), change);
                case GOAL -> new RetireGoal(strategyId, null, e.id(), change);
                case MISSION_AREA -> new RetireMissionArea(strategyId, null, e.id(), change);
                case OBJECTIVE -> new RetireObjective(strategyId, null, e.id(), change);
                case INITIATIVE -> new RetireInitiative(strategyId, null, e.id(), change);
                case OUTCOME -> new RetireOutcome(strategyId, null, e.id(), change);
                case MEASURE -> new RetireMeasure(strategyId, null, e.id(), change);
            };
        }

        /** A number a sibling of the same kind already has is dropped (a plain plan may repeat one), with a note. */
        private String freeNumber(Plan.Element e) {
            if (e.number() == null || numbers.add(e.kind() + " " + e.parentId() + " " + e.number())) {
                return e.number();
            }
            notes.add(e.where() + ": number " + e.number() + " is already used by a sibling: recorded without number");
            return null;
        }

        private String freeLinkId(String prefix, int n) {
            String id = prefix + n;
            for (int k = 2; recorded.contains(id); k++) {
                id = prefix + n + "-" + k;
            }
            return id;
        }

        private boolean exists(AlignmentTarget target) {
            if (target.strategyId().equals(strategyId)) {
                return recorded.contains(target.elementId());
            }
            if (!Texts.isId(target.strategyId()) || !Texts.isId(target.elementId())) {
                return false;
            }
            try {
                return editions.load(target.strategyId()).invoke(edition -> edition.hasElement(target.elementId()));
            } catch (AggregateNotFoundException e) {
                return false;
            }
        }

        private Change change(String section) {
            String rationale = options.rationale() != null ? options.rationale() : "Imported from StratML";
            Citation source = new Citation(PlanReader.abbreviate(options.source() != null ? options.source() : plan.name(),
                    Texts.CITATION_MAX), PlanReader.abbreviate(section, Texts.CITATION_MAX), null);
            return new Change(options.effectiveDate(), options.actor(), rationale, source, ChangeKind.REVISION);
        }

        private int count(StratmlKind kind) {
            return counts.getOrDefault(kind, 0);
        }

        /** Sends one command of the import; nothing for a repeated import. */
        private void send(String where, Object command) {
            if (repeated) {
                return;
            }
            FutureCallback<Object, Object> callback = new FutureCallback<>();
            commands.dispatch(GenericCommandMessage.asCommandMessage(command), callback);
            CommandResultMessage<?> result = callback.getResult();
            if (result.isExceptional()) {
                throw refused(where, result.exceptionResult());
            }
            if (result.getPayload() instanceof CommandAccepted accepted) {
                version = accepted.version();
            }
        }
    }

    /** A refused command as the import's problem: the command's own code, naming the element. */
    private static RuntimeException refused(String where, Throwable failure) {
        return Refusals.of(failure)
                .flatMap(refusal -> refusal.errorCode().<RuntimeException>map(code -> new ImportRefused(code, where, refusal.detail())))
                .orElseGet(() -> failure instanceof RuntimeException r ? r : new IllegalStateException(failure));
    }

    /** A command of the import was refused: nothing is recorded, and the problem names the element. */
    static final class ImportRefused extends StrategyException {

        private final String element;

        ImportRefused(ErrorCode code, String element, String detail) {
            super(code, element + ": " + detail);
            this.element = element;
        }

        String element() {
            return element;
        }
    }
}
