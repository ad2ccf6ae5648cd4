package org.strategylifecycle.command.correction;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.correction.CorrectElement;
import org.strategylifecycle.api.correction.ElementCorrected;
import org.strategylifecycle.api.goal.GoalRetired;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.goal.ReviseGoal;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.fixture.Given;

import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.correction;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.retired;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.statementRecorded;
import static org.strategylifecycle.command.fixture.Given.superseded;
import static org.strategylifecycle.command.fixture.Given.withoutRationale;

class CorrectionsTest {

    private static final String CORRECTED = "2020-01-01";
    private static final String STATEMENT = "Protect the American people";

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void correctingAGoalRecordsItsFullCorrectedContent() {
        fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(correctTitle("goal-1", "Mission: protect and facilitate"))
                .expectEvents(new ElementCorrected(S1, "goal-1", ElementType.GOAL, "1", "Mission: protect and facilitate", null,
                        STATEMENT, null, correction(CORRECTED)))
                .expectResultMessagePayload(new CommandAccepted("goal-1", 2));
    }

    @Test
    void aSupersededEditionTakesCorrections() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), adopted(), superseded())
                .when(correctTitle("goal-1", "Mission: protect and facilitate"))
                .expectEvents(new ElementCorrected(S1, "goal-1", ElementType.GOAL, "1", "Mission: protect and facilitate", null,
                        STATEMENT, null, correction(CORRECTED)));
    }

    @Test
    void aRetiredEditionTakesCorrections() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), adopted(), retired())
                .when(correctTitle("goal-1", "Mission: protect and facilitate"))
                .expectEvents(new ElementCorrected(S1, "goal-1", ElementType.GOAL, "1", "Mission: protect and facilitate", null,
                        STATEMENT, null, correction(CORRECTED)));
    }

    @Test
    void aRetiredElementTakesCorrections() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), new GoalRetired(S1, "goal-1", revision("2021-01-01")))
                .when(correctTitle("goal-1", "Mission: protect and facilitate"))
                .expectEvents(new ElementCorrected(S1, "goal-1", ElementType.GOAL, "1", "Mission: protect and facilitate", null,
                        STATEMENT, null, correction(CORRECTED)));
    }

    @Test
    void aRetiredElementMayBeCorrectedToANumberAnActiveSiblingHas() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), new GoalRetired(S1, "goal-1", revision("2021-01-01")),
                        goalAdded("goal-2", "2"))
                .when(new CorrectElement(S1, null, "goal-1", "2", null, null, null, null, correction(CORRECTED)))
                .expectEvents(new ElementCorrected(S1, "goal-1", ElementType.GOAL, "2", "Mission", null, STATEMENT, null,
                        correction(CORRECTED)));
    }

    @Test
    void cannotCorrectAnActiveElementToATakenNumber() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"))
                .when(new CorrectElement(S1, null, "goal-1", "2", null, null, null, null, correction(CORRECTED))),
                ErrorCode.NUMBER_TAKEN);
    }

    @Test
    void aCorrectionThatChangesNothingRecordsNothing() {
        changesNothing(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(correctTitle("goal-1", "Mission")), new CommandAccepted("goal-1", 1));
    }

    @Test
    void aCorrectionMayReachBeforeTheElementsLastChange() {
        fixture.given(drafted(), goalAdded("goal-1", "1"),
                        new GoalRevised(S1, "goal-1", "1", "Mission", "Protect the American people", null, revision("2021-01-01")))
                .when(correctTitle("goal-1", "Mission: protect and facilitate"))
                .expectEvents(new ElementCorrected(S1, "goal-1", ElementType.GOAL, "1", "Mission: protect and facilitate", null,
                        STATEMENT, null, correction(CORRECTED)));
    }

    @Test
    void aCorrectionDoesNotHoldBackALaterRevision() {
        fixture.given(drafted(), goalAdded("goal-1", "1"),
                        new ElementCorrected(S1, "goal-1", ElementType.GOAL, "1", "Mission", null, STATEMENT, null,
                                correction("2022-01-01")))
                .when(new ReviseGoal(S1, null, "goal-1", null, "Mission and trade", null, null, revision("2021-01-01")))
                .expectEvents(new GoalRevised(S1, "goal-1", "1", "Mission and trade", STATEMENT, null, revision("2021-01-01")));
    }

    @Test
    void correctingAStatementsLabel() {
        fixture.given(drafted(), statementRecorded("aspiration", StatementKind.ASPIRATION))
                .when(new CorrectElement(S1, null, "aspiration", null, null, "Aspiration", null, null, correction(CORRECTED)))
                .expectEvents(new ElementCorrected(S1, "aspiration", ElementType.STATEMENT, null, null, "Aspiration",
                        "To safeguard America's borders", null, correction(CORRECTED)));
    }

    @Test
    void cannotGiveALabelToAGoal() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new CorrectElement(S1, null, "goal-1", null, null, "Goal", null, null, correction(CORRECTED))),
                ErrorCode.INVALID_VALUE);
    }

    @Test
    void cannotGiveAnOverviewToAnObjective() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), objectiveAdopted("objective-1.1", "goal-1", "1.1"))
                .when(new CorrectElement(S1, null, "objective-1.1", null, null, null, null, "Overview", correction(CORRECTED))),
                ErrorCode.INVALID_VALUE);
    }

    @Test
    void cannotCorrectWithoutRationale() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new CorrectElement(S1, null, "goal-1", null, "Mission: protect", null, null, null,
                        withoutRationale(correction(CORRECTED)))), ErrorCode.RATIONALE_REQUIRED);
    }

    @Test
    void cannotRecordACorrectionAsARevision() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new CorrectElement(S1, null, "goal-1", null, "Mission: protect", null, null, null, revision(CORRECTED))),
                ErrorCode.INVALID_VALUE);
    }

    @Test
    void cannotCorrectATextToBlank() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new CorrectElement(S1, null, "goal-1", null, null, null, " ", null, correction(CORRECTED))),
                ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotCorrectAnUnknownElement() {
        refused(fixture.given(drafted())
                .when(correctTitle("goal-1", "Mission")), ErrorCode.ELEMENT_NOT_FOUND);
    }

    private static CorrectElement correctTitle(String elementId, String title) {
        return new CorrectElement(S1, null, elementId, null, title, null, null, null, correction(CORRECTED));
    }
}
