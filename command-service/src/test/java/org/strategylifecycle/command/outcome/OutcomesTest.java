package org.strategylifecycle.command.outcome;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.measure.MeasureRetired;
import org.strategylifecycle.api.objective.ObjectiveRetired;
import org.strategylifecycle.api.outcome.DefineOutcome;
import org.strategylifecycle.api.outcome.OutcomeDefined;
import org.strategylifecycle.api.outcome.OutcomeRetired;
import org.strategylifecycle.api.outcome.OutcomeRevised;
import org.strategylifecycle.api.outcome.RetireOutcome;
import org.strategylifecycle.api.outcome.ReviseOutcome;
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
import static org.strategylifecycle.command.fixture.Given.measureDefined;
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.outcomeDefined;
import static org.strategylifecycle.command.fixture.Given.retired;
import static org.strategylifecycle.command.fixture.Given.revision;

class OutcomesTest {

    private static final String REVISED = "2021-01-01";
    private static final String OBJECTIVE = "objective-2.5";
    private static final String OUTCOME = "outcome-2.5.a";
    private static final Object[] AN_OBJECTIVE = {drafted(), goalAdded("goal-2", "2"), objectiveAdopted(OBJECTIVE, "goal-2", "2.5")};

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void definingAnOutcomeOfAnObjective() {
        fixture.given(AN_OBJECTIVE)
                .when(new DefineOutcome(S1, 2L, OUTCOME, OBJECTIVE, "a", null, "Trade is safe and secure", null, change(DRAFTED)))
                .expectEvents(new OutcomeDefined(S1, OUTCOME, OBJECTIVE, "a", null, "Trade is safe and secure", 1, change(DRAFTED)))
                .expectResultMessagePayload(new CommandAccepted(OUTCOME, 3));
    }

    @Test
    void definingAnOutcomeOfAGoal() {
        fixture.given(AN_OBJECTIVE)
                .when(define("outcome-2.a", "goal-2"))
                .expectEvents(new OutcomeDefined(S1, "outcome-2.a", "goal-2", null, null, "Trade is safe and secure", 1,
                        change(DRAFTED)));
    }

    @Test
    void cannotDefineAnOutcomeOfAnInitiative() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(initiativeLaunched("initiative-2.5.1", OBJECTIVE, "2.5.1"))
                .when(define(OUTCOME, "initiative-2.5.1")), ErrorCode.PARENT_TYPE_INVALID);
    }

    @Test
    void cannotDefineAnOutcomeOfAnUnknownObjective() {
        refused(fixture.given(drafted())
                .when(define(OUTCOME, OBJECTIVE)), ErrorCode.PARENT_NOT_FOUND);
    }

    @Test
    void cannotDefineAnOutcomeOfARetiredObjective() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(new ObjectiveRetired(S1, OBJECTIVE, revision(DRAFTED)))
                .when(define(OUTCOME, OBJECTIVE)), ErrorCode.PARENT_RETIRED);
    }

    @Test
    void cannotDefineAnOutcomeWithoutStatement() {
        refused(fixture.given(AN_OBJECTIVE)
                .when(new DefineOutcome(S1, null, OUTCOME, OBJECTIVE, "a", "Safe trade", "\t", null, change(DRAFTED))),
                ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotDefineAnOutcomeUnderATakenNumber() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(outcomeDefined("outcome-other", OBJECTIVE, "a"))
                .when(new DefineOutcome(S1, null, OUTCOME, OBJECTIVE, "a", null, "Travel is safe", null, change(DRAFTED))),
                ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void cannotDefineAnOutcomeInARetiredEdition() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(adopted(), retired())
                .when(define(OUTCOME, OBJECTIVE)), ErrorCode.EDITION_RETIRED);
    }

    @Test
    void revisingAnOutcomeRecordsItsFullContent() {
        fixture.given(AN_OBJECTIVE)
                .andGiven(outcomeDefined(OUTCOME, OBJECTIVE, "a"))
                .when(new ReviseOutcome(S1, null, OUTCOME, null, "Safe trade", null, revision(REVISED)))
                .expectEvents(new OutcomeRevised(S1, OUTCOME, "a", "Safe trade", "Trade is safe and secure", revision(REVISED)));
    }

    @Test
    void anOutcomeRevisionThatChangesNothingRecordsNothing() {
        changesNothing(fixture.given(AN_OBJECTIVE)
                .andGiven(outcomeDefined(OUTCOME, OBJECTIVE, "a"))
                .when(new ReviseOutcome(S1, null, OUTCOME, "a", null, "Trade is safe and secure", revision(REVISED))),
                new CommandAccepted(OUTCOME, 3));
    }

    @Test
    void cannotReviseARetiredOutcome() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(outcomeDefined(OUTCOME, OBJECTIVE, "a"), new OutcomeRetired(S1, OUTCOME, revision(DRAFTED)))
                .when(new ReviseOutcome(S1, null, OUTCOME, null, "Safe trade", null, revision(REVISED))),
                ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void retiringAnOutcomeRecordsIt() {
        fixture.given(AN_OBJECTIVE)
                .andGiven(outcomeDefined(OUTCOME, OBJECTIVE, "a"))
                .when(new RetireOutcome(S1, null, OUTCOME, revision(REVISED)))
                .expectEvents(new OutcomeRetired(S1, OUTCOME, revision(REVISED)));
    }

    @Test
    void retiringARetiredOutcomeChangesNothing() {
        changesNothing(fixture.given(AN_OBJECTIVE)
                .andGiven(outcomeDefined(OUTCOME, OBJECTIVE, "a"), new OutcomeRetired(S1, OUTCOME, revision(DRAFTED)))
                .when(new RetireOutcome(S1, null, OUTCOME, revision(REVISED))), new CommandAccepted(OUTCOME, 4));
    }

    @Test
    void cannotRetireAnOutcomeWithActiveMeasures() {
        refused(fixture.given(AN_OBJECTIVE)
                .andGiven(outcomeDefined(OUTCOME, OBJECTIVE, "a"), measureDefined("measure-1", OUTCOME, "1"))
                .when(new RetireOutcome(S1, null, OUTCOME, revision(REVISED))), ErrorCode.CHILDREN_NOT_RETIRED);
    }

    @Test
    void retiringAnOutcomeWhoseMeasuresAreRetired() {
        fixture.given(AN_OBJECTIVE)
                .andGiven(outcomeDefined(OUTCOME, OBJECTIVE, "a"), measureDefined("measure-1", OUTCOME, "1"),
                        new MeasureRetired(S1, "measure-1", revision(DRAFTED)))
                .when(new RetireOutcome(S1, null, OUTCOME, revision(REVISED)))
                .expectEvents(new OutcomeRetired(S1, OUTCOME, revision(REVISED)));
    }

    private static DefineOutcome define(String id, String parentId) {
        return new DefineOutcome(S1, null, id, parentId, null, null, "Trade is safe and secure", null, change(DRAFTED));
    }
}
