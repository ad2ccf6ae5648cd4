package org.strategylifecycle.command.imports;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.annotation.AnnotateReading;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.RetireGoal;
import org.strategylifecycle.api.identifier.IdentifyElementExternally;
import org.strategylifecycle.api.imports.ImportAnswer;
import org.strategylifecycle.api.imports.ImportPlan;
import org.strategylifecycle.api.imports.ImportedPlan;
import org.strategylifecycle.api.initiative.CompleteInitiative;
import org.strategylifecycle.api.initiative.LaunchInitiative;
import org.strategylifecycle.api.initiative.RetireInitiative;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.api.measure.DefineMeasure;
import org.strategylifecycle.api.measure.RecordMeasureActual;
import org.strategylifecycle.api.measure.RetireMeasure;
import org.strategylifecycle.api.measure.SetMeasureTarget;
import org.strategylifecycle.api.missionarea.AddMissionArea;
import org.strategylifecycle.api.missionarea.RetireMissionArea;
import org.strategylifecycle.api.objective.AdoptObjective;
import org.strategylifecycle.api.objective.RetireObjective;
import org.strategylifecycle.api.outcome.DefineOutcome;
import org.strategylifecycle.api.outcome.RetireOutcome;
import org.strategylifecycle.api.stakeholder.RecordStakeholder;
import org.strategylifecycle.api.statement.RecordStatement;
import org.strategylifecycle.api.statement.RetireStatement;
import org.strategylifecycle.api.strategy.DraftStrategy;
import org.strategylifecycle.command.alignment.AlignmentHandler;
import org.strategylifecycle.command.edition.OtherEditions;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.edition.Texts;
import org.strategylifecycle.command.idempotency.KeyedRequest;
import org.strategylifecycle.command.idempotency.RepeatedRequests;
import org.strategylifecycle.command.line.EditionLifecycleHandler;
import org.strategylifecycle.command.lineage.LineageHandler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Handles {@link ImportPlan} in the one unit of work Axon opens for it: the edition is drafted (and
 * joins its line) as {@code DraftStrategy} drafts it, then each element, stakeholder, identifier,
 * reading, link and annotation is handed to the edition's own command handlers, which decide it as
 * they decide the command sent alone. A refusal anywhere rolls the unit back, so nothing is stored;
 * its code is the refused command's, its detail names the element. A keyed import the edition has
 * recorded already records nothing and answers as the first (docs/adr/0015); its counts and notes
 * are derived again from the plan.
 */
@Component
public class ImportPlanHandler {

    private final Repository<StrategyEdition> editions;
    private final EventStore events;
    private final EditionLifecycleHandler lifecycle;
    private final AlignmentHandler alignmentHandler;
    private final LineageHandler lineageHandler;
    private final OtherEditions others;

    public ImportPlanHandler(Repository<StrategyEdition> editions, EventStore events, EditionLifecycleHandler lifecycle,
                             AlignmentHandler alignmentHandler, LineageHandler lineageHandler, OtherEditions others) {
        this.editions = editions;
        this.events = events;
        this.lifecycle = lifecycle;
        this.alignmentHandler = alignmentHandler;
        this.lineageHandler = lineageHandler;
        this.others = others;
    }

    @CommandHandler
    public ImportAnswer handle(ImportPlan command, MetaData metaData) {
        requireComplete(command);
        KeyedRequest request = KeyedRequest.in(metaData).orElse(null);
        String strategyId = strategyId(command, request);
        Optional<Long> first = request == null ? Optional.empty() : RepeatedRequests.answered(editions, strategyId, request);
        return new Recording(strategyId, command, first).run();
    }

    /** What the id and the answer are derived from before any command decides; the commands check the rest. */
    private static void requireComplete(ImportPlan command) {
        ImportedPlan plan = command.plan();
        if (command.change() == null || plan == null || plan.name() == null || plan.period() == null
                || plan.period().fromYear() == null || Stream.of(plan.elements(), plan.readings(), plan.alignments(),
                plan.lineage(), plan.annotations(), plan.stakeholders(), plan.externalIds(), plan.notes()).anyMatch(Objects::isNull)) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED,
                    "an import needs its change, and a plan with a name, a period from a year, and all its lists");
        }
    }

    /**
     * The client's id; else the document's own if it is a valid id no aggregate uses; else one made
     * from the plan's name and period, numbered on if taken. An id taken by the edition that this
     * request's first attempt created counts as free, so a retry lands on it.
     */
    private String strategyId(ImportPlan command, KeyedRequest request) {
        if (command.strategyId() != null) {
            return Texts.id("strategyId", command.strategyId());
        }
        ImportedPlan plan = command.plan();
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

    /** One import's commands, decided in order; counts what was recorded. */
    private final class Recording {

        private final String strategyId;
        private final ImportedPlan plan;
        private final Change change;
        private final Map<ElementType, Integer> counts = new EnumMap<>(ElementType.class);
        private final Set<String> recorded = new HashSet<>();
        private final Set<String> numbers = new HashSet<>();
        private final List<String> notes;
        /** Set when the edition holds this request already: nothing is decided, the answer is derived again. */
        private final boolean repeated;
        private long version;
        private Aggregate<StrategyEdition> edition;

        /** {@code first}: the version this request answered, if the edition recorded it already. */
        Recording(String strategyId, ImportPlan command, Optional<Long> first) {
            this.strategyId = strategyId;
            this.plan = command.plan();
            this.change = command.change();
            this.notes = new ArrayList<>(plan.notes());
            this.repeated = first.isPresent();
            this.version = first.orElse(0L);
            if (!repeated) {
                decide("the plan", () -> {
                    lifecycle.handle(new DraftStrategy(strategyId, command.lineId(), plan.name(), plan.organization(),
                            plan.period(), plan.referenced(), change(null)));
                    edition = editions.load(strategyId);
                });
            }
        }

        ImportAnswer run() {
            for (ImportedPlan.Element e : plan.elements()) {
                send(e.where(), command(e));
                counts.merge(e.type(), 1, Integer::sum);
                recorded.add(e.id());
            }
            for (ImportedPlan.Stakeholder h : plan.stakeholders()) {
                send(h.where(), new RecordStakeholder(strategyId, null, h.id(), h.holderId(), h.name(), h.description(),
                        h.type(), h.roles(), null, change(null)));
                recorded.add(h.id());
            }
            for (ImportedPlan.Element e : plan.elements()) {
                String externalId = plan.externalIds().get(e.id());
                if (externalId != null) {
                    send(e.where(), new IdentifyElementExternally(strategyId, null, e.id(), externalId, change(e.section())));
                }
            }
            int targets = 0;
            int actuals = 0;
            for (ImportedPlan.Reading r : plan.readings()) {
                if (r.target()) {
                    send(r.where(), new SetMeasureTarget(strategyId, null, r.measureId(), r.period(), r.value(), r.text(),
                            change(r.section())));
                    targets++;
                } else {
                    send(r.where(), new RecordMeasureActual(strategyId, null, r.measureId(), r.period(), r.value(), r.text(),
                            change(r.section())));
                    actuals++;
                }
            }
            List<ImportAnswer.UnresolvedAlignment> unresolved = new ArrayList<>();
            Set<String> aligned = new HashSet<>();
            // The link an annotation line names ("aligns-to 2" of an element) → the id it was recorded under.
            Map<String, String> linkIds = new HashMap<>();
            int alignments = 0;
            for (ImportedPlan.Alignment a : plan.alignments()) {
                AlignmentTarget target = a.target().isExternal() || a.target().strategyId() != null ? a.target()
                        : new AlignmentTarget(strategyId, a.target().elementId(), null, null, null);
                if (!aligned.add(a.elementId() + " " + target)) {
                    notes.add(a.where() + ": a second aligns-to line to the same target is not recorded again");
                    continue;
                }
                if (!target.isExternal() && !exists(target.strategyId(), target.elementId())) {
                    unresolved.add(new ImportAnswer.UnresolvedAlignment(a.elementId(),
                            target.strategyId().equals(strategyId) ? null : target.strategyId(), target.elementId(), a.printed()));
                    continue;
                }
                String alignmentId = freeLinkId("alignment-", alignments + 1);
                AlignObjective align = new AlignObjective(strategyId, null, alignmentId, a.elementId(), target,
                        a.provenance(), change(null));
                decide(a.where(), () -> alignmentHandler.align(align, () -> edition));
                recorded.add(alignmentId);
                linkIds.put(a.elementId() + " aligns-to " + a.position(), alignmentId);
                alignments++;
            }
            int lineage = 0;
            for (ImportedPlan.Lineage l : plan.lineage()) {
                ElementRef predecessor = l.predecessor();
                if (predecessor.strategyId().equals(strategyId) || !exists(predecessor.strategyId(), predecessor.elementId())) {
                    notes.add(l.where() + ": lineage to " + predecessor.strategyId() + "#" + predecessor.elementId()
                            + " is not recorded: the service holds no such element of another edition");
                    continue;
                }
                String lineageId = freeLinkId("lineage-", lineage + 1);
                LinkLineage link = new LinkLineage(strategyId, null, lineageId, l.elementId(), predecessor, l.relation(),
                        l.provenance(), change(null));
                decide(l.where(), () -> lineageHandler.linkLineage(link, () -> edition));
                recorded.add(lineageId);
                linkIds.put(l.elementId() + " lineage " + l.position(), lineageId);
                lineage++;
            }
            int annotations = 0;
            for (ImportedPlan.Annotation a : plan.annotations()) {
                AnnotationSubject subject = subject(a, linkIds);
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
            for (ImportedPlan.Element e : plan.elements()) {
                if (e.status() == ElementStatus.COMPLETED && e.type() == ElementType.INITIATIVE) {
                    send(e.where(), new CompleteInitiative(strategyId, null, e.id(), change(null)));
                }
            }
            List<ImportedPlan.Element> reversed = new ArrayList<>(plan.elements());
            Collections.reverse(reversed);
            for (ImportedPlan.Element e : reversed) {
                if (e.status() == ElementStatus.RETIRED) {
                    send(e.where(), retire(e));
                }
            }
            if (!repeated) {
                version = edition.version();
            }
            return new ImportAnswer(strategyId, version, count(ElementType.STATEMENT), count(ElementType.GOAL),
                    count(ElementType.MISSION_AREA), count(ElementType.OBJECTIVE), count(ElementType.INITIATIVE),
                    count(ElementType.OUTCOME), count(ElementType.MEASURE), targets, actuals, alignments, lineage,
                    annotations, plan.stakeholders().size(), plan.externalIds().size(), List.copyOf(unresolved),
                    List.copyOf(notes));
        }

        /** The annotation's subject as recorded here, or null (with a note) when it names an element or link that was not recorded. */
        private AnnotationSubject subject(ImportedPlan.Annotation a, Map<String, String> linkIds) {
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
                    String linkId = linkIds.get(a.elementId() + " " + a.linkKind() + " " + a.linkPosition());
                    if (linkId == null) {
                        notes.add(a.where() + ": annotation " + a.annotationId() + " is about " + a.linkKind() + " line "
                                + a.linkPosition() + ", which the import did not record: not recorded");
                        yield null;
                    }
                    yield new AnnotationSubject(AnnotationSubjectKind.LINK, linkId, a.field());
                }
            };
        }

        private Object command(ImportedPlan.Element e) {
            String number = freeNumber(e);
            Change change = change(e.section());
            return switch (e.type()) {
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
                case STAKEHOLDER -> throw new StrategyException(ErrorCode.INVALID_VALUE,
                        e.where() + ": a stakeholder is one of the plan's stakeholders, not of its elements");
            };
        }

        private Object retire(ImportedPlan.Element e) {
            Change change = change(null);
            return switch (e.type()) {
                case STATEMENT -> new RetireStatement(strategyId, null, e.id(), change);
                case GOAL -> new RetireGoal(strategyId, null, e.id(), change);
                case MISSION_AREA -> new RetireMissionArea(strategyId, null, e.id(), change);
                case OBJECTIVE -> new RetireObjective(strategyId, null, e.id(), change);
                case INITIATIVE -> new RetireInitiative(strategyId, null, e.id(), change);
                case OUTCOME -> new RetireOutcome(strategyId, null, e.id(), change);
                case MEASURE -> new RetireMeasure(strategyId, null, e.id(), change);
                // Never reached: command(e) refused the element before anything was retired.
                case STAKEHOLDER -> throw new IllegalStateException("a stakeholder among the elements was recorded");
            };
        }

        /** A number a sibling of the same kind already has is dropped (a plain plan may repeat one), with a note. */
        private String freeNumber(ImportedPlan.Element e) {
            if (e.number() == null || numbers.add(e.type() + " " + e.parentId() + " " + e.number())) {
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

        /** Whether the element {@code elementId} exists: in this plan, or in an edition the service holds. */
        private boolean exists(String targetStrategyId, String elementId) {
            if (targetStrategyId.equals(strategyId)) {
                return recorded.contains(elementId);
            }
            return Texts.isId(targetStrategyId) && Texts.isId(elementId)
                    && others.resolve(new ElementRef(targetStrategyId, elementId)) != null;
        }

        private Change change(String section) {
            return new Change(change.effectiveDate(), change.actor(), change.rationale(),
                    new Citation(change.source().document(), PlanMapper.abbreviate(section, Texts.CITATION_MAX), null),
                    change.kind());
        }

        private int count(ElementType type) {
            return counts.getOrDefault(type, 0);
        }

        /** Hands one command to the edition's own handler; nothing for a repeated import. */
        private void send(String where, Object command) {
            decide(where, () -> edition.handle(GenericCommandMessage.asCommandMessage(command)));
        }

        /** Runs one decision of the import; a refusal keeps its code and names the element. */
        private void decide(String where, Decision decision) {
            if (repeated) {
                return;
            }
            try {
                decision.run();
            } catch (StrategyException e) {
                throw new StrategyException(e.code(), where + ": " + e.getMessage());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A step of the import that may be refused. */
    @FunctionalInterface
    private interface Decision {
        void run() throws Exception;
    }
}
