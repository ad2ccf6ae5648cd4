package org.strategylifecycle.command.edition;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.common.StrategyStatus;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.api.strategy.AdoptStrategy;
import org.strategylifecycle.api.strategy.DraftStrategy;
import org.strategylifecycle.api.strategy.RetireStrategy;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.api.strategy.StrategyRetired;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.command.alignment.Alignments;
import org.strategylifecycle.command.annotation.Annotations;
import org.strategylifecycle.command.correction.Corrections;
import org.strategylifecycle.command.goal.Goals;
import org.strategylifecycle.command.idempotency.RemembersRequests;
import org.strategylifecycle.command.idempotency.RequestsSeen;
import org.strategylifecycle.command.identifier.Identifiers;
import org.strategylifecycle.command.initiative.Initiatives;
import org.strategylifecycle.command.lineage.Lineages;
import org.strategylifecycle.command.measure.Measures;
import org.strategylifecycle.command.missionarea.MissionAreas;
import org.strategylifecycle.command.objective.Objectives;
import org.strategylifecycle.command.outcome.Outcomes;
import org.strategylifecycle.command.stakeholder.Stakeholders;
import org.strategylifecycle.command.statement.Statements;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One edition of a strategic plan with all its elements: the consistency boundary of every
 * invariant but supersession (docs/adr/0002). The root decides the edition's lifecycle; each kind of
 * element, link or note is decided by a member of its own, in its concept's package beside the
 * concept's controller, all sharing one {@link EditionState} (the package's description names the
 * edition's API to them). Axon finds the members' handlers through the {@code @AggregateMember} fields.
 * <p>
 * Snapshots hold the aggregate as JSON, written by the event store's serializer (its fields; the
 * members hold nothing but the shared state). A snapshot is used only while its revision is this
 * class's {@code @Revision}, so <b>raise the revision whenever the fields of this class,
 * {@link EditionState}, {@link Element} or {@link RequestsSeen} change</b>: an older snapshot is then
 * passed over and the edition replayed from its events (SnapshotHttpTest holds an edition loaded from its
 * snapshot against one replayed from its events).
 */
@Aggregate(cache = "strategyEditionCache", snapshotTriggerDefinition = "editionSnapshotTrigger")
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class StrategyEdition implements RemembersRequests {

    @AggregateIdentifier
    private String strategyId;
    private final EditionState state;
    @AggregateMember
    @JsonIgnore
    private final Statements statements;
    @AggregateMember
    @JsonIgnore
    private final Goals goals;
    @AggregateMember
    @JsonIgnore
    private final MissionAreas missionAreas;
    @AggregateMember
    @JsonIgnore
    private final Objectives objectives;
    @AggregateMember
    @JsonIgnore
    private final Initiatives initiatives;
    @AggregateMember
    @JsonIgnore
    private final Outcomes outcomes;
    @AggregateMember
    @JsonIgnore
    private final Measures measures;
    @AggregateMember
    @JsonIgnore
    private final Alignments alignments;
    @AggregateMember
    @JsonIgnore
    private final Lineages lineages;
    @AggregateMember
    @JsonIgnore
    private final Corrections corrections;
    @AggregateMember
    @JsonIgnore
    private final Annotations annotations;
    @AggregateMember
    @JsonIgnore
    private final Stakeholders stakeholders;
    @AggregateMember
    @JsonIgnore
    private final Identifiers identifiers;
    @AggregateMember
    private final RequestsSeen requestsSeen;

    protected StrategyEdition() {
        // for Axon: rebuilt from events
        this(null, new EditionState(), new RequestsSeen());
    }

    /**
     * An edition as its snapshot holds it: the members only decide, so they are made anew around the
     * state they share.
     */
    @JsonCreator
    private StrategyEdition(@JsonProperty("strategyId") String strategyId, @JsonProperty("state") EditionState state,
                            @JsonProperty("requestsSeen") RequestsSeen requestsSeen) {
        this.strategyId = strategyId;
        this.state = state;
        this.statements = new Statements(state);
        this.goals = new Goals(state);
        this.missionAreas = new MissionAreas(state);
        this.objectives = new Objectives(state);
        this.initiatives = new Initiatives(state);
        this.outcomes = new Outcomes(state);
        this.measures = new Measures(state);
        this.alignments = new Alignments(state);
        this.lineages = new Lineages(state);
        this.corrections = new Corrections(state);
        this.annotations = new Annotations(state);
        this.stakeholders = new Stakeholders(state);
        this.identifiers = new Identifiers(state);
        this.requestsSeen = requestsSeen;
    }

    /** Drafts a new edition; {@code lineId} was checked by the caller, which holds the line. */
    public StrategyEdition(DraftStrategy command) {
        this();
        Texts.change(command.change(), false);
        Texts.required("title", command.title(), Texts.TITLE_MAX);
        EditionFacts.requireValid(command.organization(), command.period());
        apply(new StrategyDrafted(command.strategyId(), command.lineId(), command.title(), command.organization(),
                command.period(), command.referenced(), command.change()));
    }

    @CommandHandler
    public CommandAccepted handle(AdoptStrategy command) {
        Change change = Texts.change(command.change(), false);
        state.requireOpen();
        if (state.status() == StrategyStatus.ADOPTED) {
            return accepted(strategyId);
        }
        state.requireNotBeforeLastChange(change.effectiveDate());
        state.requireProposedNotAfter(change.effectiveDate());
        apply(new StrategyAdopted(strategyId, change));
        return accepted(strategyId);
    }

    @CommandHandler
    public CommandAccepted handle(RetireStrategy command) {
        Change change = Texts.change(command.change(), true);
        if (state.status() == StrategyStatus.RETIRED) {
            return accepted(strategyId);
        }
        state.requireOpen();
        state.requireNotBeforeLastChange(change.effectiveDate());
        apply(new StrategyRetired(strategyId, change));
        return accepted(strategyId);
    }

    /** Supersedes this edition by {@code newer}, whose facts the caller read from its own aggregate. */
    public CommandAccepted supersede(EditionFacts newer, LinkProvenance provenance, Change change) {
        Texts.change(change, true);
        Texts.provenance(provenance);
        state.requireOpen();
        if (state.status() != StrategyStatus.ADOPTED) {
            throw new StrategyException(ErrorCode.STRATEGY_NOT_ADOPTED, "edition " + strategyId + " is " + state.status());
        }
        String lineId = state.lineId();
        if (lineId == null || !lineId.equals(newer.lineId())) {
            throw new StrategyException(ErrorCode.NOT_IN_SAME_LINE, newer.strategyId() + " is not an edition of line " + lineId);
        }
        if (newer.strategyId().equals(strategyId)) {
            throw new StrategyException(ErrorCode.SUPERSESSION_CYCLE, "an edition cannot supersede itself");
        }
        if (!EditionFacts.isLater(newer.period(), state.period())) {
            throw new StrategyException(ErrorCode.SUPERSESSION_NOT_LATER, newer.strategyId() + " does not start after " + strategyId);
        }
        state.requireNotBeforeLastChange(change.effectiveDate());
        apply(new StrategySuperseded(strategyId, newer.strategyId(), lineId, provenance, change));
        return new CommandAccepted(strategyId, AggregateLifecycle.getVersion());
    }

    public CommandAccepted align(AlignObjective command, boolean targetInOtherEditionExists) {
        return alignments.align(command, targetInOtherEditionExists);
    }

    public CommandAccepted linkLineage(LinkLineage command) {
        return lineages.linkLineage(command);
    }

    @Override
    public RequestsSeen requestsSeen() {
        return requestsSeen;
    }

    /**
     * About the heap this edition holds (its elements, readings, texts, links, annotations and
     * remembered requests), by which the edition cache is bounded (EventStoreConfig).
     */
    public long approximateBytes() {
        return Footprint.EDITION + state.approximateBytes() + requestsSeen.size() * Footprint.REQUEST;
    }

    public EditionFacts facts() {
        return new EditionFacts(strategyId, state.lineId(), state.period(), state.status());
    }

    /** Whether the edition has the element {@code elementId} names, by its id or its external identifier. */
    public boolean hasElement(String elementId) {
        return state.hasElement(resolve(elementId));
    }

    /** The id of the element {@code elementId} names, by its id or its external identifier (ADR 20). */
    public String resolve(String elementId) {
        return state.resolve(elementId);
    }

    /** What a member answers for the command it decided: the id it names and the edition's version after it. */
    public static CommandAccepted accepted(String id) {
        return new CommandAccepted(id, AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(StrategyDrafted event) {
        strategyId = event.strategyId();
        state.drafted(event.strategyId(), event.lineId(), event.period(), event.change().effectiveDate());
    }

    @EventSourcingHandler
    void on(StrategyAdopted event) {
        state.adopted(event.change().effectiveDate());
    }

    @EventSourcingHandler
    void on(StrategySuperseded event) {
        state.superseded(event.change().effectiveDate());
    }

    @EventSourcingHandler
    void on(StrategyRetired event) {
        state.editionRetired(event.change().effectiveDate());
    }

    /** What other aggregates' decisions may know of an edition. */
    public record EditionFacts(String strategyId, String lineId, Period period, StrategyStatus status) {

        static void requireValid(Organization organization, Period period) {
            if (organization == null) {
                throw new StrategyException(ErrorCode.FIELD_REQUIRED, "organization is required");
            }
            Texts.required("organization.code", organization.code(), Texts.LABEL_MAX);
            Texts.required("organization.name", organization.name(), Texts.TITLE_MAX);
            Texts.optional("organization.parentCode", organization.parentCode(), Texts.LABEL_MAX);
            if (period == null || period.fromYear() == null) {
                throw new StrategyException(ErrorCode.FIELD_REQUIRED, "period.fromYear is required");
            }
            Texts.required("period.label", period.label(), Texts.LABEL_MAX);
            if (period.fromYear() < 1900 || period.fromYear() > 2200
                    || (period.toYear() != null && period.toYear() < period.fromYear())) {
                throw new StrategyException(ErrorCode.INVALID_VALUE, "period years must be plausible and in order");
            }
        }

        static boolean isLater(Period newer, Period older) {
            return newer.fromYear() > older.fromYear()
                    || (newer.fromYear().equals(older.fromYear()) && newer.toYear() != null && older.toYear() != null
                    && newer.toYear() > older.toYear());
        }
    }
}
