package org.strategylifecycle.command.initiative;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.initiative.CompleteInitiative;
import org.strategylifecycle.api.initiative.InitiativeCompleted;
import org.strategylifecycle.api.initiative.InitiativeLaunched;
import org.strategylifecycle.api.initiative.InitiativeRetired;
import org.strategylifecycle.api.initiative.InitiativeRevised;
import org.strategylifecycle.api.initiative.LaunchInitiative;
import org.strategylifecycle.api.initiative.RetireInitiative;
import org.strategylifecycle.api.initiative.ReviseInitiative;
import org.strategylifecycle.api.objective.ObjectiveRetired;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.edition.Texts;
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
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.superseded;
import static org.strategylifecycle.command.fixture.Given.withoutRationale;

class InitiativesTest {

    private static final String REVISED = "2021-01-01";
    private static final String OBJECTIVE = "objective-1.1";
    private static final String INITIATIVE = "initiative-1.1.1";
    private static final Object[] AN_OBJECTIVE = {drafted(), goalAdded("goal-1", "1"), objectiveAdopted(OBJECTIVE, "goal-1", "1.1")};

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void launchingAnInitiativePlacesItUnderAnObjective() {
        fixture.given(AN_OBJECTIVE)
                .when(new LaunchInitiative(S1, 2L, INITIATIVE, OBJECTIVE, "1.1.1", "Develop innovative methods to recruit",
                        "Use data to target outreach", null, change(DRAFTED)))
                .expectEvents(new InitiativeLaunched(S1, INITIATIVE, OBJECTIVE, "1.1.1", "Develop innovative methods to recruit",
                        "Use data to target outreach", 1, change(DRAFTED)))
                .expectResultMessagePayload(new CommandAccepted(INITIATIVE, 3));
    }

    @Test
    void cannotLaunchAnInitiativeUnderAGoal() {
        refused(fixture.given(AN_OBJECTIVE)
                .when(launch(INITIATIVE, "goal-1", "1.1.1")), ErrorCode.PARENT_TYPE_INVALID);
    }

    @Test
    void anInitiativeSubItemIsLaunchedUnderItsInitiative() {
        fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched("initiative-5.2.4", OBJECTIVE, null))
                .when(launch("initiative-5.2.4.1", "initiative-5.2.4", null))
                .expectEvents(new InitiativeLaunched(S1, "initiative-5.2.4.1", "initiative-5.2.4", null,
                        "Develop innovative methods to recruit", null, 1, change(DRAFTED)));
    }

    @Test
    void cannotLaunchAnInitiativeUnderARetiredObjective() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(new ObjectiveRetired(S1, OBJECTIVE, revision(DRAFTED)))
                .when(launch(INITIATIVE, OBJECTIVE, "1.1.1")), ErrorCode.PARENT_RETIRED);
    }

    @Test
    void cannotLaunchAnInitiativeUnderATakenNumber() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched("initiative-a", OBJECTIVE, "1.1.1"))
                .when(launch(INITIATIVE, OBJECTIVE, "1.1.1")), ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void cannotLaunchAnInitiativeWithOverlongTitle() {
        refused(fixture.given(AN_OBJECTIVE)
                .when(new LaunchInitiative(S1, null, INITIATIVE, OBJECTIVE, null, "x".repeat(Texts.TEXT_MAX + 1), null, null,
                        change(DRAFTED))), ErrorCode.TEXT_TOO_LONG);
    }

    @Test
    void revisingAnInitiativeRecordsItsFullContent() {
        fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"))
                .when(revise("Recruit with data", revision(REVISED)))
                .expectEvents(new InitiativeRevised(S1, INITIATIVE, "1.1.1", "Recruit with data", null, revision(REVISED)));
    }

    @Test
    void anInitiativeRevisionThatChangesNothingRecordsNothing() {
        changesNothing(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"))
                .when(revise("Develop innovative methods to recruit", revision(REVISED))), new CommandAccepted(INITIATIVE, 3));
    }

    @Test
    void cannotReviseACompletedInitiative() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"), new InitiativeCompleted(S1, INITIATIVE, revision(DRAFTED)))
                .when(revise("Recruit with data", revision(REVISED))), ErrorCode.ELEMENT_COMPLETED);
    }

    @Test
    void cannotReviseARetiredInitiative() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"), new InitiativeRetired(S1, INITIATIVE, revision(DRAFTED)))
                .when(revise("Recruit with data", revision(REVISED))), ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void completingAnInitiativeRecordsIt() {
        fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"), adopted())
                .when(new CompleteInitiative(S1, 4L, INITIATIVE, revision(REVISED)))
                .expectEvents(new InitiativeCompleted(S1, INITIATIVE, revision(REVISED)))
                .expectResultMessagePayload(new CommandAccepted(INITIATIVE, 5));
    }

    @Test
    void completingACompletedInitiativeChangesNothing() {
        changesNothing(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"), new InitiativeCompleted(S1, INITIATIVE, revision(DRAFTED)))
                .when(new CompleteInitiative(S1, null, INITIATIVE, revision(REVISED))), new CommandAccepted(INITIATIVE, 4));
    }

    @Test
    void cannotCompleteARetiredInitiative() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"), new InitiativeRetired(S1, INITIATIVE, revision(DRAFTED)))
                .when(new CompleteInitiative(S1, null, INITIATIVE, revision(REVISED))), ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void cannotCompleteAnInitiativeBeforeItsAdoption() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"), adopted())
                .when(new CompleteInitiative(S1, null, INITIATIVE, revision("2020-05-31"))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotCompleteAnInitiativeWithoutRationale() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"))
                .when(new CompleteInitiative(S1, null, INITIATIVE, withoutRationale(revision(REVISED)))),
                ErrorCode.RATIONALE_REQUIRED);
    }

    @Test
    void cannotCompleteAnInitiativeOfASupersededEdition() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"), adopted(), superseded())
                .when(new CompleteInitiative(S1, null, INITIATIVE, revision("2022-01-01"))), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void cannotCompleteACompletedInitiativeOfASupersededEdition() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"), adopted(),
                        new InitiativeCompleted(S1, INITIATIVE, revision("2020-07-01")), superseded())
                .when(new CompleteInitiative(S1, null, INITIATIVE, revision("2022-01-01"))), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void cannotCompleteAGoal() {
        refused(fixture.given(AN_OBJECTIVE)
                .when(new CompleteInitiative(S1, null, "goal-1", revision(REVISED))), ErrorCode.WRONG_ELEMENT_TYPE);
    }

    @Test
    void retiringAnInitiativeRecordsIt() {
        fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"))
                .when(new RetireInitiative(S1, null, INITIATIVE, revision(REVISED)))
                .expectEvents(new InitiativeRetired(S1, INITIATIVE, revision(REVISED)));
    }

    @Test
    void aCompletedInitiativeMayBeRetired() {
        fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"), new InitiativeCompleted(S1, INITIATIVE, revision(DRAFTED)))
                .when(new RetireInitiative(S1, null, INITIATIVE, revision(REVISED)))
                .expectEvents(new InitiativeRetired(S1, INITIATIVE, revision(REVISED)));
    }

    @Test
    void retiringARetiredInitiativeChangesNothing() {
        changesNothing(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched(INITIATIVE, OBJECTIVE, "1.1.1"), new InitiativeRetired(S1, INITIATIVE, revision(DRAFTED)))
                .when(new RetireInitiative(S1, null, INITIATIVE, revision(REVISED))), new CommandAccepted(INITIATIVE, 4));
    }

    private static LaunchInitiative launch(String id, String parentId, String number) {
        return new LaunchInitiative(S1, null, id, parentId, number, "Develop innovative methods to recruit", null, null,
                change(DRAFTED));
    }

    private static ReviseInitiative revise(String title, Change change) {
        return new ReviseInitiative(S1, null, INITIATIVE, null, title, null, change);
    }
}
