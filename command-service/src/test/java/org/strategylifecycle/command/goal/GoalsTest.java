package org.strategylifecycle.command.goal;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRetired;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.goal.RetireGoal;
import org.strategylifecycle.api.goal.ReviseGoal;
import org.strategylifecycle.api.objective.ObjectiveRetired;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.edition.Texts;
import org.strategylifecycle.command.fixture.Given;

import java.time.LocalDate;

import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.retired;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.superseded;
import static org.strategylifecycle.command.fixture.Given.withoutRationale;

class GoalsTest {

    private static final String REVISED = "2021-01-01";

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void addingAGoalRecordsItInOrder() {
        fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new AddGoal(S1, 1L, "goal-2", "2", "Enterprise", "Integrate and enhance", "Overview", null, change(DRAFTED)))
                .expectEvents(new GoalAdded(S1, "goal-2", "2", "Enterprise", "Integrate and enhance", "Overview", 2, change(DRAFTED)))
                .expectResultMessagePayload(new CommandAccepted("goal-2", 2));
    }

    @Test
    void addingAGoalKeepsTheGivenOrder() {
        fixture.given(drafted())
                .when(addGoal("goal-1", "1", 7))
                .expectEvents(new GoalAdded(S1, "goal-1", "1", "Mission", null, null, 7, change(DRAFTED)));
    }

    @Test
    void cannotAddAGoalUnderATakenId() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(addGoal("goal-1", "2", null)), ErrorCode.ELEMENT_ID_TAKEN);
    }

    @Test
    void cannotAddAGoalUnderAMalformedId() {
        refused(fixture.given(drafted())
                .when(addGoal("goal/1", "1", null)), ErrorCode.INVALID_ID);
    }

    @Test
    void cannotAddAGoalUnderATakenNumber() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(addGoal("goal-2", "1", null)), ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void aRetiredGoalFreesItsNumber() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), new GoalRetired(S1, "goal-1", revision(DRAFTED)))
                .when(addGoal("goal-2", "1", null))
                .expectEvents(new GoalAdded(S1, "goal-2", "1", "Mission", null, null, 2, change(DRAFTED)));
    }

    @Test
    void cannotAddAGoalWithoutTitle() {
        refused(fixture.given(drafted())
                .when(new AddGoal(S1, null, "goal-1", "1", "", null, null, null, change(DRAFTED))), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotAddAGoalWithOverlongNumber() {
        refused(fixture.given(drafted())
                .when(addGoal("goal-1", "1".repeat(Texts.NUMBER_MAX + 1), null)), ErrorCode.TEXT_TOO_LONG);
    }

    @Test
    void cannotAddAGoalWithoutEffectiveDate() {
        refused(fixture.given(drafted())
                .when(new AddGoal(S1, null, "goal-1", "1", "Mission", null, null, null, null)), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotAddAGoalToASupersededEdition() {
        refused(fixture.given(drafted(), adopted(), superseded())
                .when(addGoal("goal-1", "1", null)), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void cannotAddAGoalToARetiredEdition() {
        refused(fixture.given(drafted(), adopted(), retired())
                .when(addGoal("goal-1", "1", null)), ErrorCode.EDITION_RETIRED);
    }

    @Test
    void revisingAGoalRecordsItsFullContent() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), adopted())
                .when(reviseGoal("Mission and trade", revision(REVISED)))
                .expectEvents(new GoalRevised(S1, "goal-1", "1", "Mission and trade", "Protect the American people", null,
                        revision(REVISED)))
                .expectResultMessagePayload(new CommandAccepted("goal-1", 3));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        changesNothing(fixture.given(drafted(), goalAdded("goal-1", "1"), adopted())
                .when(reviseGoal("Mission", revision(REVISED))), new CommandAccepted("goal-1", 2));
    }

    @Test
    void cannotReviseARetiredGoal() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), new GoalRetired(S1, "goal-1", revision(DRAFTED)))
                .when(reviseGoal("Mission and trade", revision(REVISED))), ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void cannotReviseAGoalWithoutRationale() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(reviseGoal("Mission and trade", withoutRationale(revision(REVISED)))), ErrorCode.RATIONALE_REQUIRED);
    }

    @Test
    void cannotReviseAGoalBeforeItsLastChange() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"),
                        new GoalRevised(S1, "goal-1", "1", "Mission", null, null, revision(REVISED)))
                .when(reviseGoal("Mission and trade", revision("2020-12-31"))), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void aRevisionMayTakeEffectOnTheDayOfTheLastChange() {
        fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(reviseGoal("Mission and trade", revision(DRAFTED)))
                .expectEvents(new GoalRevised(S1, "goal-1", "1", "Mission and trade", "Protect the American people", null,
                        revision(DRAFTED)));
    }

    @Test
    void cannotRenumberAGoalToATakenNumber() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"))
                .when(new ReviseGoal(S1, null, "goal-2", "1", null, null, null, revision(REVISED))), ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void cannotReviseAGoalToABlankTitle() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(reviseGoal(" ", revision(REVISED))), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotReviseAnUnknownGoal() {
        refused(fixture.given(drafted())
                .when(reviseGoal("Mission and trade", revision(REVISED))), ErrorCode.ELEMENT_NOT_FOUND);
    }

    @Test
    void cannotReviseAnObjectiveAsAGoal() {
        refused(fixture.given(drafted(), goalAdded("goal-0", "0"), objectiveAdopted("goal-1", "goal-0", "0.1"))
                .when(reviseGoal("Mission and trade", revision(REVISED))), ErrorCode.WRONG_ELEMENT_TYPE);
    }

    @Test
    void cannotReviseAGoalOfASupersededEdition() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), adopted(), superseded())
                .when(reviseGoal("Mission and trade", revision("2022-01-01"))), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void retiringAGoalRecordsIt() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), adopted())
                .when(new RetireGoal(S1, 2L, "goal-1", revision(REVISED)))
                .expectEvents(new GoalRetired(S1, "goal-1", revision(REVISED)))
                .expectResultMessagePayload(new CommandAccepted("goal-1", 3));
    }

    @Test
    void retiringARetiredGoalChangesNothing() {
        changesNothing(fixture.given(drafted(), goalAdded("goal-1", "1"), new GoalRetired(S1, "goal-1", revision(DRAFTED)))
                .when(new RetireGoal(S1, null, "goal-1", revision(REVISED))), new CommandAccepted("goal-1", 2));
    }

    @Test
    void cannotRetireAGoalBeforeItsAdoption() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), adopted())
                .when(new RetireGoal(S1, null, "goal-1", revision("2020-05-31"))), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotRetireAGoalWithoutRationale() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new RetireGoal(S1, null, "goal-1", withoutRationale(revision(REVISED)))), ErrorCode.RATIONALE_REQUIRED);
    }

    @Test
    void cannotRetireAGoalWithActiveObjectives() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), objectiveAdopted("objective-1.1", "goal-1", "1.1"))
                .when(new RetireGoal(S1, null, "goal-1", revision(REVISED))), ErrorCode.CHILDREN_NOT_RETIRED);
    }

    @Test
    void retiringAGoalWhoseMembersAreRetired() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), objectiveAdopted("objective-1.1", "goal-1", "1.1"),
                        new ObjectiveRetired(S1, "objective-1.1", revision(REVISED)))
                .when(new RetireGoal(S1, null, "goal-1", revision(REVISED)))
                .expectEvents(new GoalRetired(S1, "goal-1", revision(REVISED)));
    }

    @Test
    void cannotRetireAGoalOfARetiredEdition() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), adopted(), retired())
                .when(new RetireGoal(S1, null, "goal-1", revision("2022-01-01"))), ErrorCode.EDITION_RETIRED);
    }

    @Test
    void aTitleIsOneLineWithoutControlCharacters() {
        for (String title : new String[]{"Mis\u0000sion", "Mis\nsion", "Mis\tsion", "Mis\u0085sion", "Mis\u007Fsion", "Mis\uD800sion"}) {
            refused(fixture.given(drafted())
                    .when(new AddGoal(S1, null, "goal-1", "1", title, null, null, null, change(DRAFTED))),
                    ErrorCode.INVALID_CHARACTER);
        }
    }

    @Test
    void aStatementMayHoldTabsAndNewlinesButNoOtherControlCharacter() {
        fixture.given(drafted())
                .when(new AddGoal(S1, null, "goal-1", "1", "Mission \uD83D\uDE80", "First line\n\tsecond line", null, null,
                        change(DRAFTED)))
                .expectEvents(new GoalAdded(S1, "goal-1", "1", "Mission \uD83D\uDE80", "First line\n\tsecond line", null, 1,
                        change(DRAFTED)));
        for (String statement : new String[]{"Windows\r\nline", "N\u0000UL", "bell\u0007"}) {
            refused(fixture.given(drafted())
                    .when(new AddGoal(S1, null, "goal-1", "1", "Mission", statement, null, null, change(DRAFTED))),
                    ErrorCode.INVALID_CHARACTER);
        }
    }

    @Test
    void theActorIsOneLineWithoutControlCharacters() {
        Change change = new Change(LocalDate.parse(DRAFTED), "ed\u0000itor", null, null, ChangeKind.REVISION);
        refused(fixture.given(drafted()).when(new AddGoal(S1, null, "goal-1", "1", "Mission", null, null, null, change)),
                ErrorCode.INVALID_CHARACTER);
    }

    private static AddGoal addGoal(String id, String number, Integer order) {
        return new AddGoal(S1, null, id, number, "Mission", null, null, order, change(DRAFTED));
    }

    private static ReviseGoal reviseGoal(String title, Change change) {
        return new ReviseGoal(S1, null, "goal-1", null, title, null, null, change);
    }
}
