package org.strategylifecycle.command.statement;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.statement.RecordStatement;
import org.strategylifecycle.api.statement.RetireStatement;
import org.strategylifecycle.api.statement.ReviseStatement;
import org.strategylifecycle.api.statement.StatementRecorded;
import org.strategylifecycle.api.statement.StatementRetired;
import org.strategylifecycle.api.statement.StatementRevised;
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
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.statementRecorded;
import static org.strategylifecycle.command.fixture.Given.superseded;
import static org.strategylifecycle.command.fixture.Given.withoutRationale;

class StatementsTest {

    private static final String REVISED = "2021-01-01";
    private static final String TEXT = "To safeguard America's borders";

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void recordingAStatementKeepsItsPrintedLabel() {
        fixture.given(drafted())
                .when(new RecordStatement(S1, 0L, "aspiration", StatementKind.ASPIRATION, "Aspiration", null,
                        "The most trusted law enforcement agency", null, change(DRAFTED)))
                .expectEvents(new StatementRecorded(S1, "aspiration", StatementKind.ASPIRATION, "Aspiration", null,
                        "The most trusted law enforcement agency", 1, change(DRAFTED)))
                .expectResultMessagePayload(new CommandAccepted("aspiration", 1));
    }

    @Test
    void statementsAreOrderedAfterTheirSiblings() {
        fixture.given(drafted(), statementRecorded("value-1", StatementKind.CORE_VALUE))
                .when(record("value-2", StatementKind.CORE_VALUE, "Core value"))
                .expectEvents(new StatementRecorded(S1, "value-2", StatementKind.CORE_VALUE, "Core value", null, TEXT, 2,
                        change(DRAFTED)));
    }

    @Test
    void cannotRecordAStatementWithoutKind() {
        refused(fixture.given(drafted())
                .when(record("vision", null, "Vision")), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotRecordAStatementWithoutLabel() {
        refused(fixture.given(drafted())
                .when(record("vision", StatementKind.VISION, null)), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotRecordAStatementWithOverlongText() {
        refused(fixture.given(drafted())
                .when(new RecordStatement(S1, null, "vision", StatementKind.VISION, "Vision", null, "x".repeat(Texts.TEXT_MAX + 1),
                        null, change(DRAFTED))), ErrorCode.TEXT_TOO_LONG);
    }

    @Test
    void cannotRecordAStatementUnderAnIdTakenByAGoal() {
        refused(fixture.given(drafted(), goalAdded("vision", "1"))
                .when(record("vision", StatementKind.VISION, "Vision")), ErrorCode.ELEMENT_ID_TAKEN);
    }

    @Test
    void cannotRecordAStatementInASupersededEdition() {
        refused(fixture.given(drafted(), adopted(), superseded())
                .when(record("vision", StatementKind.VISION, "Vision")), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void revisingAStatementRecordsItsFullText() {
        fixture.given(drafted(), statementRecorded("mission", StatementKind.MISSION))
                .when(new ReviseStatement(S1, null, "mission", null, null, "To safeguard America's borders and enhance prosperity",
                        revision(REVISED)))
                .expectEvents(new StatementRevised(S1, "mission", "mission", null,
                        "To safeguard America's borders and enhance prosperity", revision(REVISED)));
    }

    @Test
    void aStatementRevisionThatChangesNothingRecordsNothing() {
        changesNothing(fixture.given(drafted(), statementRecorded("mission", StatementKind.MISSION))
                .when(new ReviseStatement(S1, null, "mission", "mission", null, TEXT, revision(REVISED))),
                new CommandAccepted("mission", 1));
    }

    @Test
    void cannotReviseARetiredStatement() {
        refused(fixture.given(drafted(), statementRecorded("mission", StatementKind.MISSION),
                        new StatementRetired(S1, "mission", revision(DRAFTED)))
                .when(new ReviseStatement(S1, null, "mission", "Mission", null, null, revision(REVISED))),
                ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void cannotReviseAStatementWithoutRationale() {
        refused(fixture.given(drafted(), statementRecorded("mission", StatementKind.MISSION))
                .when(new ReviseStatement(S1, null, "mission", "Mission", null, null, withoutRationale(revision(REVISED)))),
                ErrorCode.RATIONALE_REQUIRED);
    }

    @Test
    void cannotReviseAGoalAsAStatement() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new ReviseStatement(S1, null, "goal-1", "Mission", null, null, revision(REVISED))),
                ErrorCode.WRONG_ELEMENT_TYPE);
    }

    @Test
    void retiringAStatementWithdrawsIt() {
        fixture.given(drafted(), statementRecorded("mission", StatementKind.MISSION))
                .when(new RetireStatement(S1, null, "mission", revision(REVISED)))
                .expectEvents(new StatementRetired(S1, "mission", revision(REVISED)))
                .expectResultMessagePayload(new CommandAccepted("mission", 2));
    }

    @Test
    void retiringARetiredStatementChangesNothing() {
        changesNothing(fixture.given(drafted(), statementRecorded("mission", StatementKind.MISSION),
                        new StatementRetired(S1, "mission", revision(DRAFTED)))
                .when(new RetireStatement(S1, null, "mission", revision(REVISED))), new CommandAccepted("mission", 2));
    }

    private static RecordStatement record(String id, StatementKind kind, String label) {
        return new RecordStatement(S1, null, id, kind, label, null, TEXT, null, change(DRAFTED));
    }
}
