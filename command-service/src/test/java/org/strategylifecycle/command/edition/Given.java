package org.strategylifecycle.command.edition;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.initiative.InitiativeLaunched;
import org.strategylifecycle.api.measure.MeasureDefined;
import org.strategylifecycle.api.missionarea.MissionAreaAdded;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.outcome.OutcomeDefined;
import org.strategylifecycle.api.statement.StatementRecorded;
import org.strategylifecycle.api.strategy.DraftStrategy;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.api.strategy.StrategyRetired;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.command.alignment.AlignmentHandler;
import org.strategylifecycle.command.idempotency.KeyedRequest;
import org.strategylifecycle.command.idempotency.RepeatedRequests;
import org.strategylifecycle.command.imports.ImportPlanHandler;
import org.strategylifecycle.command.line.EditionLifecycleHandler;
import org.strategylifecycle.command.line.StrategyLine;
import org.strategylifecycle.command.lineage.LineageHandler;

import java.time.LocalDate;

/**
 * The histories edition tests start from. The edition under test is {@link #S1}, drafted on
 * {@link #DRAFTED} and, where adopted, adopted on {@link #ADOPTED}; its elements are recorded on the
 * draft date unless a test says otherwise.
 */
public final class Given {

    public static final String S1 = "cbp-2020";
    public static final String S2 = "cbp-2021";
    public static final String LINE = "cbp-enterprise";
    public static final String DRAFTED = "2020-01-01";
    public static final String ADOPTED = "2020-06-01";
    public static final Organization CBP = new Organization("CBP", "U.S. Customs and Border Protection", "DHS");
    public static final Period P2020 = new Period("2020–2025", 2020, 2025);
    public static final Period P2021 = new Period("2021–2026", 2021, 2026);
    public static final Citation SOURCE = new Citation("CBP Strategy 2021–2026", "Introduction", "3");
    public static final LinkProvenance STATED = LinkProvenance.stated(SOURCE);

    private Given() {
    }

    /**
     * Every handler an edition command can reach, over the fixture's edition {@link #S1} and the given
     * stores. The elements map is left out of the fixture's state-change check: an {@link Element} has
     * identity equality, so a rebuilt one never equals the working one; the behaviour tests cover it.
     */
    public static FixtureConfiguration<StrategyEdition> editionFixture(InMemoryAggregates<StrategyEdition> otherEditions,
                                                                       InMemoryAggregates<StrategyLine> lines) {
        AggregateTestFixture<StrategyEdition> fixture = new AggregateTestFixture<>(StrategyEdition.class);
        fixture.registerIgnoredField(EditionState.class, "elements");
        // The fixture would inspect the aggregate once more for a repository of its own.
        fixture.registerRepository(EventSourcingRepository.builder(StrategyEdition.class)
                .aggregateModel(InMemoryAggregates.model(StrategyEdition.class))
                .eventStore(fixture.getEventStore())
                .build());
        Repository<StrategyEdition> editions = new EditionsBeside(S1, fixture.getRepository(), otherEditions);
        OtherEditions others = new OtherEditions(editions);
        AlignmentHandler alignments = new AlignmentHandler(editions, others);
        LineageHandler lineages = new LineageHandler(editions, others);
        EditionLifecycleHandler lifecycle = new EditionLifecycleHandler(editions, lines.repository());
        fixture.registerAnnotatedCommandHandler(alignments);
        fixture.registerAnnotatedCommandHandler(lineages);
        fixture.registerAnnotatedCommandHandler(lifecycle);
        fixture.registerAnnotatedCommandHandler(new ImportPlanHandler(editions, fixture.getEventStore(), lifecycle, alignments,
                lineages, others));
        // As the service wires them: keyed requests into the events, repeated ones answered first.
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(KeyedRequest.correlation()));
        fixture.registerCommandHandlerInterceptor(new RepeatedRequests(command -> editions));
        return fixture;
    }

    public static FixtureConfiguration<StrategyEdition> editionFixture() {
        return editionFixture(new InMemoryAggregates<>(StrategyEdition.class), new InMemoryAggregates<>(StrategyLine.class));
    }

    /** A change that needs no rationale: drafting, adding, adopting. */
    public static Change change(String date) {
        return new Change(LocalDate.parse(date), "editor", null, null, ChangeKind.REVISION);
    }

    public static Change revision(String date) {
        return new Change(LocalDate.parse(date), "editor", "Reworded in the published update", SOURCE, ChangeKind.REVISION);
    }

    public static Change correction(String date) {
        return new Change(LocalDate.parse(date), "editor", "The recorded text mistyped the document", SOURCE, ChangeKind.CORRECTION);
    }

    public static Change withoutRationale(Change change) {
        return new Change(change.effectiveDate(), change.actor(), null, change.source(), change.kind());
    }

    public static DraftStrategy draft(String strategyId, String lineId, Period period) {
        return new DraftStrategy(strategyId, lineId, "CBP Strategy " + period.label(), CBP, period, false, change(DRAFTED));
    }

    public static StrategyDrafted drafted() {
        return drafted(S1, null, P2020);
    }

    public static StrategyDrafted drafted(String strategyId, String lineId, Period period) {
        return new StrategyDrafted(strategyId, lineId, "CBP Strategy " + period.label(), CBP, period, false, change(DRAFTED));
    }

    public static StrategyAdopted adopted() {
        return adopted(S1);
    }

    public static StrategyAdopted adopted(String strategyId) {
        return new StrategyAdopted(strategyId, change(ADOPTED));
    }

    public static StrategySuperseded superseded() {
        return new StrategySuperseded(S1, S2, LINE, STATED, revision("2021-01-01"));
    }

    public static StrategyRetired retired() {
        return new StrategyRetired(S1, revision("2021-01-01"));
    }

    public static StatementRecorded statementRecorded(String id, StatementKind kind) {
        return new StatementRecorded(S1, id, kind, kind.name().toLowerCase(), null,
                "To safeguard America's borders", 1, change(DRAFTED));
    }

    public static GoalAdded goalAdded(String id, String number) {
        return new GoalAdded(S1, id, number, "Mission", "Protect the American people", null, 1, change(DRAFTED));
    }

    public static MissionAreaAdded missionAreaAdded(String id, String goalId, String number) {
        return new MissionAreaAdded(S1, id, goalId, number, "Counter Terrorism", null, 1, change(DRAFTED));
    }

    public static ObjectiveAdopted objectiveAdopted(String id, String parentId, String number) {
        return new ObjectiveAdopted(S1, id, parentId, number, "Secure and Compliant Trade", null, 1, change(DRAFTED));
    }

    public static InitiativeLaunched initiativeLaunched(String id, String objectiveId, String number) {
        return new InitiativeLaunched(S1, id, objectiveId, number, "Develop innovative methods to recruit", null, 1,
                change(DRAFTED));
    }

    public static OutcomeDefined outcomeDefined(String id, String parentId, String number) {
        return new OutcomeDefined(S1, id, parentId, number, null, "Trade is safe and secure", 1, change(DRAFTED));
    }

    public static MeasureDefined measureDefined(String id, String parentId, String number) {
        return new MeasureDefined(S1, id, parentId, number, "Percent of imports compliant with trade laws", null,
                MeasureType.OUTCOME, "Outcome", "percent", 1, change(DRAFTED));
    }
}
