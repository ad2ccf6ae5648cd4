package org.strategylifecycle.command.edition;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.correction.ElementCorrected;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRetired;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.goal.RetireGoal;
import org.strategylifecycle.api.initiative.InitiativeCompleted;
import org.strategylifecycle.api.initiative.LaunchInitiative;
import org.strategylifecycle.api.objective.AdoptObjective;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.objective.ObjectiveRevised;
import org.strategylifecycle.api.objective.RetireObjective;
import org.strategylifecycle.command.fixture.Given;

import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.correction;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.initiativeLaunched;
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.revision;

/**
 * Numbers, display order and active members follow an element when it is renumbered, moved, retired,
 * completed or corrected: the per-parent indexes of {@code Siblings} must say what a scan of every
 * element would. (Every fixture test also compares the indexes of the working edition with those of
 * one rebuilt from its events.)
 */
class SiblingsTest {

    private static final String MOVED = "2021-01-01";
    private static final String LATER = "2022-01-01";

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void aRenumberedGoalFreesItsFormerNumber() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), renumbered("goal-1", "9"))
                .when(addGoal("goal-2", "1"))
                .expectEvents(new GoalAdded(S1, "goal-2", "1", "Mission", null, null, 2, change(DRAFTED)));
    }

    @Test
    void aRenumberedGoalHoldsItsNewNumber() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), renumbered("goal-1", "9"))
                .when(addGoal("goal-2", "9")), ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void aCorrectedNumberFreesTheFormerOne() {
        fixture.given(drafted(), goalAdded("goal-1", "1"),
                        new ElementCorrected(S1, "goal-1", ElementType.GOAL, "10", "Mission", null, null, null, correction(MOVED)))
                .when(addGoal("goal-2", "1"))
                .expectEvents(new GoalAdded(S1, "goal-2", "1", "Mission", null, null, 2, change(DRAFTED)));
    }

    @Test
    void aCorrectedNumberIsTaken() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"),
                        new ElementCorrected(S1, "goal-1", ElementType.GOAL, "10", "Mission", null, null, null, correction(MOVED)))
                .when(addGoal("goal-2", "10")), ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void aRetiredGoalStillCountsForTheOrderOfTheNext() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), new GoalRetired(S1, "goal-1", revision(MOVED)))
                .when(addGoal("goal-2", "1"))
                .expectEvents(new GoalAdded(S1, "goal-2", "1", "Mission", null, null, 2, change(DRAFTED)));
    }

    @Test
    void aMovedObjectiveFreesItsNumberAndPlaceUnderItsFormerGoal() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"),
                        objectiveAdopted("objective-a", "goal-2", "2.5"), moved("objective-a", "goal-1", "2.5"))
                .when(adoptObjective("objective-b", "goal-2", "2.5"))
                .expectEvents(new ObjectiveAdopted(S1, "objective-b", "goal-2", "2.5", "Objective", null, 1, change(DRAFTED)));
    }

    @Test
    void aMovedObjectiveTakesItsNumberAndPlaceUnderItsNewGoal() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"),
                        objectiveAdopted("objective-a", "goal-1", "1.1"), objectiveAdopted("objective-b", "goal-2", "2.5"),
                        moved("objective-b", "goal-1", "1.5"))
                .when(adoptObjective("objective-c", "goal-1", "1.6"))
                .expectEvents(new ObjectiveAdopted(S1, "objective-c", "goal-1", "1.6", "Objective", null, 3, change(DRAFTED)));
    }

    @Test
    void cannotTakeTheNumberOfAnObjectiveMovedHere() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"),
                        objectiveAdopted("objective-a", "goal-2", "2.5"), moved("objective-a", "goal-1", "2.5"))
                .when(adoptObjective("objective-b", "goal-1", "2.5")), ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void aGoalWhoseObjectiveMovedAwayMayBeRetired() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"),
                        objectiveAdopted("objective-a", "goal-1", "1.1"), moved("objective-a", "goal-2", "2.1"))
                .when(new RetireGoal(S1, null, "goal-1", revision(LATER)))
                .expectEvents(new GoalRetired(S1, "goal-1", revision(LATER)));
    }

    @Test
    void cannotRetireAGoalAnActiveObjectiveMovedUnder() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"),
                        objectiveAdopted("objective-a", "goal-1", "1.1"), moved("objective-a", "goal-2", "2.1"))
                .when(new RetireGoal(S1, null, "goal-2", revision(LATER))), ErrorCode.CHILDREN_NOT_RETIRED);
    }

    @Test
    void aCompletedInitiativeKeepsItsNumber() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), objectiveAdopted("objective-1.1", "goal-1", "1.1"),
                        initiativeLaunched("initiative-a", "objective-1.1", "1.1.1"),
                        new InitiativeCompleted(S1, "initiative-a", revision(MOVED)))
                .when(new LaunchInitiative(S1, null, "initiative-b", "objective-1.1", "1.1.1", "Recruit", null, null,
                        change(DRAFTED))), ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void aCompletedInitiativeKeepsItsObjectiveFromRetiring() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), objectiveAdopted("objective-1.1", "goal-1", "1.1"),
                        initiativeLaunched("initiative-a", "objective-1.1", "1.1.1"),
                        new InitiativeCompleted(S1, "initiative-a", revision(MOVED)))
                .when(new RetireObjective(S1, null, "objective-1.1", revision(LATER))), ErrorCode.CHILDREN_NOT_RETIRED);
    }

    private static GoalRevised renumbered(String goalId, String number) {
        return new GoalRevised(S1, goalId, number, "Mission", "Protect the American people", null, revision(MOVED));
    }

    private static ObjectiveRevised moved(String objectiveId, String parentId, String number) {
        return new ObjectiveRevised(S1, objectiveId, parentId, number, "Secure and Compliant Trade", null, revision(MOVED));
    }

    private static AddGoal addGoal(String id, String number) {
        return new AddGoal(S1, null, id, number, "Mission", null, null, null, change(DRAFTED));
    }

    private static AdoptObjective adoptObjective(String id, String parentId, String number) {
        return new AdoptObjective(S1, null, id, parentId, number, "Objective", null, null, change(DRAFTED));
    }
}
