package org.strategylifecycle.command.missionarea;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.goal.GoalRetired;
import org.strategylifecycle.api.missionarea.AddMissionArea;
import org.strategylifecycle.api.missionarea.MissionAreaAdded;
import org.strategylifecycle.api.missionarea.MissionAreaRetired;
import org.strategylifecycle.api.missionarea.MissionAreaRevised;
import org.strategylifecycle.api.missionarea.RetireMissionArea;
import org.strategylifecycle.api.missionarea.ReviseMissionArea;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.fixture.Given;

import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.missionAreaAdded;
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.revision;

class MissionAreasTest {

    private static final String REVISED = "2021-01-01";

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void addingAMissionAreaGroupsObjectivesOfAGoal() {
        fixture.given(drafted(), goalAdded("goal-2", "2"))
                .when(new AddMissionArea(S1, 1L, "area-2.a", "goal-2", "A", "Counter Terrorism", "Prevent attacks", null,
                        change(DRAFTED)))
                .expectEvents(new MissionAreaAdded(S1, "area-2.a", "goal-2", "A", "Counter Terrorism", "Prevent attacks", 1,
                        change(DRAFTED)))
                .expectResultMessagePayload(new CommandAccepted("area-2.a", 2));
    }

    @Test
    void missionAreaNumbersAreUniqueWithinTheirGoalOnly() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"), missionAreaAdded("area-1.a", "goal-1", "A"))
                .when(addMissionArea("area-2.a", "goal-2", "A"))
                .expectEvents(new MissionAreaAdded(S1, "area-2.a", "goal-2", "A", "Counter Terrorism", null, 1, change(DRAFTED)));
    }

    @Test
    void cannotAddAMissionAreaUnderATakenNumber() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), missionAreaAdded("area-2.a", "goal-2", "A"))
                .when(addMissionArea("area-2.b", "goal-2", "A")), ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void aMissionAreaWithoutAGoalStandsAtTheTopOfThePlan() {
        fixture.given(drafted(), missionAreaAdded("mission-area-prevention", null, null))
                .when(new AddMissionArea(S1, 1L, "mission-area-detection", null, null, "Detection", null, null, change(DRAFTED)))
                .expectEvents(new MissionAreaAdded(S1, "mission-area-detection", null, null, "Detection", null, 2, change(DRAFTED)));
    }

    @Test
    void cannotAddAMissionAreaUnderAnUnknownGoal() {
        refused(fixture.given(drafted())
                .when(addMissionArea("area-2.a", "goal-2", "A")), ErrorCode.PARENT_NOT_FOUND);
    }

    @Test
    void cannotAddAMissionAreaUnderAnObjective() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), objectiveAdopted("objective-1.1", "goal-1", "1.1"))
                .when(addMissionArea("area-2.a", "objective-1.1", "A")), ErrorCode.PARENT_TYPE_INVALID);
    }

    @Test
    void cannotAddAMissionAreaUnderARetiredGoal() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), new GoalRetired(S1, "goal-2", revision(DRAFTED)))
                .when(addMissionArea("area-2.a", "goal-2", "A")), ErrorCode.PARENT_RETIRED);
    }

    @Test
    void revisingAMissionAreaRecordsItsFullContent() {
        fixture.given(drafted(), goalAdded("goal-2", "2"), missionAreaAdded("area-2.a", "goal-2", "A"))
                .when(new ReviseMissionArea(S1, null, "area-2.a", null, "Counter Terrorism and Security", null, revision(REVISED)))
                .expectEvents(new MissionAreaRevised(S1, "area-2.a", "A", "Counter Terrorism and Security", null, revision(REVISED)));
    }

    @Test
    void aMissionAreaRevisionThatChangesNothingRecordsNothing() {
        changesNothing(fixture.given(drafted(), goalAdded("goal-2", "2"), missionAreaAdded("area-2.a", "goal-2", "A"))
                .when(new ReviseMissionArea(S1, null, "area-2.a", "A", "Counter Terrorism", null, revision(REVISED))),
                new CommandAccepted("area-2.a", 2));
    }

    @Test
    void cannotReviseARetiredMissionArea() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), missionAreaAdded("area-2.a", "goal-2", "A"),
                        new MissionAreaRetired(S1, "area-2.a", revision(DRAFTED)))
                .when(new ReviseMissionArea(S1, null, "area-2.a", null, "Counter Terrorism and Security", null,
                        revision(REVISED))),
                ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void retiringAMissionAreaRecordsIt() {
        fixture.given(drafted(), goalAdded("goal-2", "2"), missionAreaAdded("area-2.a", "goal-2", "A"))
                .when(new RetireMissionArea(S1, null, "area-2.a", revision(REVISED)))
                .expectEvents(new MissionAreaRetired(S1, "area-2.a", revision(REVISED)));
    }

    @Test
    void cannotRetireAMissionAreaWithActiveObjectives() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), missionAreaAdded("area-2.a", "goal-2", "A"),
                        objectiveAdopted("objective-2.1", "area-2.a", "2.1"))
                .when(new RetireMissionArea(S1, null, "area-2.a", revision(REVISED))), ErrorCode.CHILDREN_NOT_RETIRED);
    }

    private static AddMissionArea addMissionArea(String id, String goalId, String number) {
        return new AddMissionArea(S1, null, id, goalId, number, "Counter Terrorism", null, null, change(DRAFTED));
    }
}
