package org.strategylifecycle.command.stakeholder;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.goal.GoalRetired;
import org.strategylifecycle.api.goal.RetireGoal;
import org.strategylifecycle.api.stakeholder.RecordStakeholder;
import org.strategylifecycle.api.stakeholder.RemoveStakeholder;
import org.strategylifecycle.api.stakeholder.ReviseStakeholder;
import org.strategylifecycle.api.stakeholder.StakeholderRecorded;
import org.strategylifecycle.api.stakeholder.StakeholderRemoved;
import org.strategylifecycle.api.stakeholder.StakeholderRevised;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.stakeholder.StakeholderType;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.edition.Texts;
import org.strategylifecycle.command.fixture.Given;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.strategylifecycle.api.stakeholder.RoleType.BENEFICIARY;
import static org.strategylifecycle.api.stakeholder.RoleType.PERFORMER;
import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.measureDefined;
import static org.strategylifecycle.command.fixture.Given.missionAreaAdded;
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.retired;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.superseded;
import static org.strategylifecycle.command.fixture.Given.withoutRationale;

class StakeholdersTest {

    private static final String LATER = "2021-01-01";
    private static final String NAME = "County Utilities Board";
    private static final List<StakeholderRole> PARTNER = List.of(new StakeholderRole("Partner", "Runs the water works",
            List.of(PERFORMER)));

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void aStakeholderOfTheOrganizationHasNoHolder() {
        fixture.given(drafted())
                .when(record("board", null, PARTNER))
                .expectEvents(recorded("board", null, 1, PARTNER))
                .expectResultMessagePayload(new CommandAccepted("board", 1));
    }

    @Test
    void goalsAndObjectivesHoldStakeholdersOrderedAmongTheirOwn() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), objectiveAdopted("objective-1.1", "goal-1", "1.1"),
                        recorded("board", "objective-1.1", 1, PARTNER), recorded("mayor", "goal-1", 1, PARTNER))
                .when(record("labs", "objective-1.1", PARTNER))
                .expectEvents(recorded("labs", "objective-1.1", 2, PARTNER));
        fixture.given(drafted(), goalAdded("goal-1", "1"), recorded("board", null, 1, PARTNER))
                .when(record("mayor", "goal-1", PARTNER))
                .expectEvents(recorded("mayor", "goal-1", 1, PARTNER));
    }

    @Test
    void aGivenOrderIsKept() {
        fixture.given(drafted())
                .when(new RecordStakeholder(S1, null, "board", null, NAME, null, null, PARTNER, 7, change(DRAFTED)))
                .expectEvents(new StakeholderRecorded(S1, "board", null, NAME, null, null, PARTNER, 7, change(DRAFTED)));
    }

    @Test
    void rolesLeftOutAreNoneAndRoleTypesStatedTwiceAreKeptOnce() {
        fixture.given(drafted())
                .when(record("board", null, null))
                .expectEvents(recorded("board", null, 1, List.of()));
        fixture.given(drafted())
                .when(record("board", null, List.of(new StakeholderRole("Owner", null, null),
                        new StakeholderRole("Partner", "Runs\nthe works", List.of(BENEFICIARY, PERFORMER, BENEFICIARY)))))
                .expectEvents(recorded("board", null, 1, List.of(new StakeholderRole("Owner", null, List.of()),
                        new StakeholderRole("Partner", "Runs\nthe works", List.of(BENEFICIARY, PERFORMER)))));
    }

    @Test
    void aStakeholderHasAtMostAHundredRoles() {
        List<StakeholderRole> hundred = Collections.nCopies(Stakeholders.ROLES_MAX, new StakeholderRole("Partner", null, List.of()));
        fixture.given(drafted())
                .when(record("board", null, hundred))
                .expectEvents(recorded("board", null, 1, hundred));
        List<StakeholderRole> more = new ArrayList<>(hundred);
        more.add(new StakeholderRole("Owner", null, List.of()));
        refused(fixture.given(drafted()).when(record("board", null, more)), ErrorCode.INVALID_VALUE);
    }

    @Test
    void everyRoleIsNamedAndItsTypesAreStated() {
        refused(fixture.given(drafted()).when(record("board", null, Arrays.asList((StakeholderRole) null))),
                ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(drafted()).when(record("board", null, List.of(new StakeholderRole(null, null, List.of())))),
                ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(drafted()).when(record("board", null,
                List.of(new StakeholderRole("Partner", null, Arrays.asList(PERFORMER, null))))), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(drafted()).when(record("board", null,
                List.of(new StakeholderRole("Part\nner", null, List.of())))), ErrorCode.INVALID_CHARACTER);
        refused(fixture.given(drafted()).when(record("board", null,
                List.of(new StakeholderRole("Partner", "x".repeat(Texts.TEXT_MAX + 1), List.of())))), ErrorCode.TEXT_TOO_LONG);
    }

    @Test
    void aStakeholderIsNamedAndItsDescriptionMayRunOverLines() {
        refused(fixture.given(drafted())
                .when(new RecordStakeholder(S1, null, "board", null, null, null, null, null, null, change(DRAFTED))),
                ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(drafted())
                .when(new RecordStakeholder(S1, null, "board", null, "x".repeat(Texts.TITLE_MAX + 1), null, null, null, null,
                        change(DRAFTED))), ErrorCode.TEXT_TOO_LONG);
        refused(fixture.given(drafted())
                .when(new RecordStakeholder(S1, null, "board", null, NAME, " ", null, null, null, change(DRAFTED))),
                ErrorCode.FIELD_REQUIRED);
        fixture.given(drafted())
                .when(new RecordStakeholder(S1, null, "board", null, NAME, "Runs\nthe works", StakeholderType.PERSON, null, null,
                        change(DRAFTED)))
                .expectEvents(new StakeholderRecorded(S1, "board", null, NAME, "Runs\nthe works", StakeholderType.PERSON,
                        List.of(), 1, change(DRAFTED)));
    }

    @Test
    void theHolderExistsIsAGoalOrObjectiveAndIsNotRetired() {
        refused(fixture.given(drafted()).when(record("board", "goal-9", PARTNER)), ErrorCode.PARENT_NOT_FOUND);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), measureDefined("measure-1", "goal-1", "1"))
                .when(record("board", "measure-1", PARTNER)), ErrorCode.PARENT_TYPE_INVALID);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), missionAreaAdded("area-a", "goal-1", "A"))
                .when(record("board", "area-a", PARTNER)), ErrorCode.PARENT_TYPE_INVALID);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), new GoalRetired(S1, "goal-1", revision(DRAFTED)))
                .when(record("board", "goal-1", PARTNER)), ErrorCode.PARENT_RETIRED);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new RecordStakeholder(S1, null, "board", "goal-1", NAME, null, null, null, null, change("2019-12-31"))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void aStakeholderIdIsAnUnusedIdOfAnOpenEdition() {
        refused(fixture.given(drafted(), goalAdded("board", "1")).when(record("board", null, PARTNER)),
                ErrorCode.ELEMENT_ID_TAKEN);
        refused(fixture.given(drafted()).when(record("board member", null, PARTNER)), ErrorCode.INVALID_ID);
        refused(fixture.given(drafted(), adopted(), superseded()).when(record("board", null, PARTNER)),
                ErrorCode.EDITION_SUPERSEDED);
        refused(fixture.given(drafted(), retired()).when(record("board", null, PARTNER)), ErrorCode.EDITION_RETIRED);
    }

    @Test
    void aRevisionRecordsTheWholeStakeholderAndKeepsWhatItLeavesOut() {
        List<StakeholderRole> owner = List.of(new StakeholderRole("Owner", null, List.of(BENEFICIARY)));
        fixture.given(drafted(), recorded("board", null, 1, PARTNER))
                .when(new ReviseStakeholder(S1, null, "board", null, null, null, owner, revision(LATER)))
                .expectEvents(new StakeholderRevised(S1, "board", NAME, null, null, owner, revision(LATER)))
                .expectResultMessagePayload(new CommandAccepted("board", 2));
        fixture.given(drafted(), recorded("board", null, 1, PARTNER))
                .when(new ReviseStakeholder(S1, null, "board", "Utilities Board", null, null, null, revision(LATER)))
                .expectEvents(new StakeholderRevised(S1, "board", "Utilities Board", null, null, PARTNER, revision(LATER)));
        fixture.given(drafted(), recorded("board", null, 1, PARTNER))
                .when(new ReviseStakeholder(S1, null, "board", null, "Runs the works", null, null, revision(LATER)))
                .expectEvents(new StakeholderRevised(S1, "board", NAME, "Runs the works", null, PARTNER, revision(LATER)));
        fixture.given(drafted(), recorded("board", null, 1, PARTNER))
                .when(new ReviseStakeholder(S1, null, "board", null, null, StakeholderType.ORGANIZATION, null, revision(LATER)))
                .expectEvents(new StakeholderRevised(S1, "board", NAME, null, StakeholderType.ORGANIZATION, PARTNER,
                        revision(LATER)));
    }

    @Test
    void aRevisionWithoutTypeKeepsTheStatedOne() {
        fixture.given(drafted(), new StakeholderRecorded(S1, "board", null, NAME, null, StakeholderType.PERSON, PARTNER, 1,
                        change(DRAFTED)))
                .when(new ReviseStakeholder(S1, null, "board", null, "Runs the works", null, null, revision(LATER)))
                .expectEvents(new StakeholderRevised(S1, "board", NAME, "Runs the works", StakeholderType.PERSON, PARTNER,
                        revision(LATER)));
    }

    @Test
    void aRevisionBuildsOnTheLastOne() {
        List<StakeholderRole> owner = List.of(new StakeholderRole("Owner", null, List.of(BENEFICIARY)));
        changesNothing(fixture.given(drafted(), recorded("board", null, 1, PARTNER),
                        new StakeholderRevised(S1, "board", "Utilities Board", "Runs the works", StakeholderType.ORGANIZATION,
                                owner, revision(LATER)))
                .when(new ReviseStakeholder(S1, null, "board", "Utilities Board", "Runs the works",
                        StakeholderType.ORGANIZATION, owner, revision(LATER))), new CommandAccepted("board", 2));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        changesNothing(fixture.given(drafted(), recorded("board", null, 1, PARTNER))
                .when(new ReviseStakeholder(S1, null, "board", NAME, null, null, PARTNER, revision(LATER))),
                new CommandAccepted("board", 1));
    }

    @Test
    void onlyAStakeholderInForceIsRevisedAndEveryRevisionSaysWhy() {
        refused(fixture.given(drafted(), recorded("board", null, 1, PARTNER),
                        new StakeholderRemoved(S1, "board", revision(DRAFTED)))
                .when(new ReviseStakeholder(S1, null, "board", "Board", null, null, null, revision(LATER))),
                ErrorCode.ELEMENT_RETIRED);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new ReviseStakeholder(S1, null, "goal-1", "Board", null, null, null, revision(LATER))),
                ErrorCode.WRONG_ELEMENT_TYPE);
        refused(fixture.given(drafted(), recorded("board", null, 1, PARTNER))
                .when(new ReviseStakeholder(S1, null, "board", "Board", null, null, null, withoutRationale(revision(LATER)))),
                ErrorCode.RATIONALE_REQUIRED);
        refused(fixture.given(drafted(), recorded("board", null, 1, PARTNER))
                .when(new ReviseStakeholder(S1, null, "board", null, null, null,
                        List.of(new StakeholderRole(" ", null, null)), revision(LATER))), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void removingAStakeholderRecordsItsRemovalOnce() {
        fixture.given(drafted(), recorded("board", null, 1, PARTNER))
                .when(new RemoveStakeholder(S1, null, "board", revision(LATER)))
                .expectEvents(new StakeholderRemoved(S1, "board", revision(LATER)))
                .expectResultMessagePayload(new CommandAccepted("board", 2));
        changesNothing(fixture.given(drafted(), recorded("board", null, 1, PARTNER),
                        new StakeholderRemoved(S1, "board", revision(DRAFTED)))
                .when(new RemoveStakeholder(S1, null, "board", revision(LATER))), new CommandAccepted("board", 2));
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new RemoveStakeholder(S1, null, "goal-1", revision(LATER))), ErrorCode.WRONG_ELEMENT_TYPE);
    }

    @Test
    void aHolderIsRetiredOnlyOnceItsStakeholdersAreRemoved() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), recorded("board", "goal-1", 1, PARTNER))
                .when(new RetireGoal(S1, null, "goal-1", revision(LATER))), ErrorCode.CHILDREN_NOT_RETIRED);
        fixture.given(drafted(), goalAdded("goal-1", "1"), recorded("board", "goal-1", 1, PARTNER),
                        new StakeholderRemoved(S1, "board", revision(DRAFTED)))
                .when(new RetireGoal(S1, null, "goal-1", revision(LATER)))
                .expectEvents(new GoalRetired(S1, "goal-1", revision(LATER)));
    }

    @Test
    void aChangeOfAStakeholderIsNotBeforeItsLastOne() {
        refused(fixture.given(drafted(), recorded("board", null, 1, PARTNER),
                        new StakeholderRevised(S1, "board", NAME, null, null, PARTNER, revision(LATER)))
                .when(new RemoveStakeholder(S1, null, "board", revision("2020-06-01"))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    private static RecordStakeholder record(String id, String holderId, List<StakeholderRole> roles) {
        return new RecordStakeholder(S1, null, id, holderId, NAME, null, null, roles, null, change(DRAFTED));
    }

    static StakeholderRecorded recorded(String id, String holderId, int order, List<StakeholderRole> roles) {
        return new StakeholderRecorded(S1, id, holderId, NAME, null, null, roles, order, change(DRAFTED));
    }
}
