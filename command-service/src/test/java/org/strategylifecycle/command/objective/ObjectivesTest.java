package org.strategylifecycle.command.objective;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRetired;
import org.strategylifecycle.api.initiative.InitiativeRetired;
import org.strategylifecycle.api.objective.AdoptObjective;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.objective.ObjectiveRetired;
import org.strategylifecycle.api.objective.ObjectiveRevised;
import org.strategylifecycle.api.objective.RetireObjective;
import org.strategylifecycle.api.objective.ReviseObjective;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.fixture.Given;

import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.initiativeLaunched;
import static org.strategylifecycle.command.fixture.Given.missionAreaAdded;
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.outcomeDefined;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.superseded;

class ObjectivesTest {

    private static final String REVISED = "2021-01-01";
    private static final String OBJECTIVE = "objective-2.5";

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void adoptingAnObjectivePlacesItUnderAGoal() {
        fixture.given(drafted(), goalAdded("goal-2", "2"))
                .when(new AdoptObjective(S1, 1L, OBJECTIVE, "goal-2", "2.5", "Secure and Compliant Trade", "Facilitate lawful trade",
                        5, change(DRAFTED)))
                .expectEvents(new ObjectiveAdopted(S1, OBJECTIVE, "goal-2", "2.5", "Secure and Compliant Trade",
                        "Facilitate lawful trade", 5, change(DRAFTED)))
                .expectResultMessagePayload(new CommandAccepted(OBJECTIVE, 2));
    }

    @Test
    void adoptingAnObjectivePlacesItUnderAMissionArea() {
        fixture.given(drafted(), goalAdded("goal-2", "2"), missionAreaAdded("area-2.a", "goal-2", "A"))
                .when(adoptObjective(OBJECTIVE, "area-2.a", "2.5"))
                .expectEvents(new ObjectiveAdopted(S1, OBJECTIVE, "area-2.a", "2.5", "Secure and Compliant Trade", null, 1,
                        change(DRAFTED)));
    }

    @Test
    void cannotAdoptAnObjectiveUnderAnUnknownParent() {
        refused(fixture.given(drafted())
                .when(adoptObjective(OBJECTIVE, "goal-2", "2.5")), ErrorCode.PARENT_NOT_FOUND);
    }

    @Test
    void cannotAdoptAnObjectiveUnderAnOutcome() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), outcomeDefined("outcome-2.1", "goal-2", null))
                .when(adoptObjective(OBJECTIVE, "outcome-2.1", "2.5")), ErrorCode.PARENT_TYPE_INVALID);
    }

    @Test
    void cannotAdoptAnObjectiveUnderARetiredGoal() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), new GoalRetired(S1, "goal-2", revision(DRAFTED)))
                .when(adoptObjective(OBJECTIVE, "goal-2", "2.5")), ErrorCode.PARENT_RETIRED);
    }

    @Test
    void cannotAdoptAnObjectiveBeforeTheDayItsGoalWasAdded() {
        refused(fixture.given(drafted(), new GoalAdded(S1, "goal-2", "2", "Enterprise", null, null, 1, change("2020-03-01")))
                        .when(new AdoptObjective(S1, null, OBJECTIVE, "goal-2", "2.5", "Secure and Compliant Trade", null, null,
                                change("2020-02-29"))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotAdoptAnObjectiveUnderAMalformedParentId() {
        refused(fixture.given(drafted())
                .when(adoptObjective(OBJECTIVE, " goal-2", "2.5")), ErrorCode.INVALID_ID);
    }

    @Test
    void cannotAdoptAnObjectiveUnderAnIdTakenByAGoal() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"))
                .when(adoptObjective("goal-2", "goal-2", "2.5")), ErrorCode.ELEMENT_ID_TAKEN);
    }

    @Test
    void cannotAdoptAnObjectiveUnderANumberTakenByASibling() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted("objective-a", "goal-2", "2.5"))
                .when(adoptObjective(OBJECTIVE, "goal-2", "2.5")), ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void objectiveNumbersAreUniqueAmongSiblingsOnly() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"), objectiveAdopted("objective-a", "goal-1", "1"))
                .when(adoptObjective(OBJECTIVE, "goal-2", "1"))
                .expectEvents(new ObjectiveAdopted(S1, OBJECTIVE, "goal-2", "1", "Secure and Compliant Trade", null, 1,
                        change(DRAFTED)));
    }

    @Test
    void cannotAdoptAnObjectiveWithoutTitle() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"))
                .when(new AdoptObjective(S1, null, OBJECTIVE, "goal-2", "2.5", null, null, null, change(DRAFTED))),
                ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotAdoptAnObjectiveInASupersededEdition() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), adopted(), superseded())
                .when(adoptObjective(OBJECTIVE, "goal-2", "2.5")), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void revisingAnObjectiveRecordsItsFullContent() {
        fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"))
                .when(reviseObjective(null, "2.6", revision(REVISED)))
                .expectEvents(new ObjectiveRevised(S1, OBJECTIVE, "goal-2", "2.6", "Secure and Compliant Trade", null,
                        revision(REVISED)))
                .expectResultMessagePayload(new CommandAccepted(OBJECTIVE, 3));
    }

    @Test
    void revisingAnObjectiveMayMoveItToAnotherGoal() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"))
                .when(reviseObjective("goal-1", null, revision(REVISED)))
                .expectEvents(new ObjectiveRevised(S1, OBJECTIVE, "goal-1", "2.5", "Secure and Compliant Trade", null,
                        revision(REVISED)));
    }

    @Test
    void cannotMoveAnObjectiveUnderAGoalBeforeTheDayTheGoalWasAdded() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"),
                                new GoalAdded(S1, "goal-1", "1", "Mission", null, null, 2, change("2021-06-01")))
                        .when(reviseObjective("goal-1", null, revision(REVISED))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotMoveAnObjectiveUnderARetiredGoal() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), new GoalRetired(S1, "goal-1", revision(DRAFTED)),
                        goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"))
                .when(reviseObjective("goal-1", null, revision(REVISED))), ErrorCode.PARENT_RETIRED);
    }

    @Test
    void cannotMoveAnObjectiveWhereItsNumberIsTaken() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), objectiveAdopted("objective-a", "goal-1", "2.5"),
                        goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"))
                .when(reviseObjective("goal-1", null, revision(REVISED))), ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void anObjectiveRevisionThatChangesNothingRecordsNothing() {
        changesNothing(fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"))
                .when(reviseObjective("goal-2", "2.5", revision(REVISED))), new CommandAccepted(OBJECTIVE, 2));
    }

    @Test
    void cannotReviseARetiredObjective() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"),
                        new ObjectiveRetired(S1, OBJECTIVE, revision(DRAFTED)))
                .when(reviseObjective(null, "2.6", revision(REVISED))), ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void cannotReviseAnObjectiveBeforeItsAdoption() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"), adopted())
                .when(reviseObjective(null, "2.6", revision("2020-02-01"))), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void retiringAnObjectiveRecordsIt() {
        fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"))
                .when(new RetireObjective(S1, null, OBJECTIVE, revision(REVISED)))
                .expectEvents(new ObjectiveRetired(S1, OBJECTIVE, revision(REVISED)))
                .expectResultMessagePayload(new CommandAccepted(OBJECTIVE, 3));
    }

    @Test
    void retiringARetiredObjectiveChangesNothing() {
        changesNothing(fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"),
                        new ObjectiveRetired(S1, OBJECTIVE, revision(DRAFTED)))
                .when(new RetireObjective(S1, null, OBJECTIVE, revision(REVISED))), new CommandAccepted(OBJECTIVE, 3));
    }

    @Test
    void cannotRetireAnObjectiveWithActiveInitiatives() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"),
                        initiativeLaunched("initiative-2.5.1", OBJECTIVE, "2.5.1"))
                .when(new RetireObjective(S1, null, OBJECTIVE, revision(REVISED))), ErrorCode.CHILDREN_NOT_RETIRED);
    }

    @Test
    void retiringAnObjectiveWhoseInitiativesAreRetired() {
        fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"),
                        initiativeLaunched("initiative-2.5.1", OBJECTIVE, "2.5.1"),
                        new InitiativeRetired(S1, "initiative-2.5.1", revision(DRAFTED)))
                .when(new RetireObjective(S1, null, OBJECTIVE, revision(REVISED)))
                .expectEvents(new ObjectiveRetired(S1, OBJECTIVE, revision(REVISED)));
    }

    @Test
    void cannotRetireAnObjectiveWithActiveOutcomes() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"),
                        outcomeDefined("outcome-2.5.a", OBJECTIVE, null))
                .when(new RetireObjective(S1, null, OBJECTIVE, revision(REVISED))), ErrorCode.CHILDREN_NOT_RETIRED);
    }

    @Test
    void cannotRetireAnObjectiveBeforeItsAdoption() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5"), adopted())
                .when(new RetireObjective(S1, null, OBJECTIVE, revision("2020-05-31"))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    private static AdoptObjective adoptObjective(String id, String parentId, String number) {
        return new AdoptObjective(S1, null, id, parentId, number, "Secure and Compliant Trade", null, null, change(DRAFTED));
    }

    private static ReviseObjective reviseObjective(String parentId, String number, Change change) {
        return new ReviseObjective(S1, null, OBJECTIVE, parentId, number, null, null, change);
    }
}
