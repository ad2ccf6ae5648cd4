package org.strategylifecycle.command.measure;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.measure.DefineMeasure;
import org.strategylifecycle.api.measure.MeasureActualRecorded;
import org.strategylifecycle.api.measure.MeasureDefined;
import org.strategylifecycle.api.measure.MeasureRetired;
import org.strategylifecycle.api.measure.MeasureRevised;
import org.strategylifecycle.api.measure.MeasureTargetSet;
import org.strategylifecycle.api.measure.RecordMeasureActual;
import org.strategylifecycle.api.measure.RetireMeasure;
import org.strategylifecycle.api.measure.ReviseMeasure;
import org.strategylifecycle.api.measure.SetMeasureTarget;
import org.strategylifecycle.api.outcome.OutcomeRetired;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.fixture.Given;

import java.math.BigDecimal;

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
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.superseded;

class MeasuresTest {

    private static final String REVISED = "2021-01-01";
    private static final String OUTCOME = "outcome-2.5.a";
    private static final String MEASURE = "measure-2.5.a.1";
    private static final String TITLE = "Percent of imports compliant with trade laws";
    private static final Object[] A_MEASURE = {drafted(), goalAdded("goal-2", "2"), objectiveAdopted("objective-2.5", "goal-2", "2.5"),
            outcomeDefined(OUTCOME, "objective-2.5", "a"), measureDefined(MEASURE, OUTCOME, "1")};

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void definingAMeasureOfAnOutcome() {
        fixture.given(drafted(), goalAdded("goal-2", "2"), outcomeDefined(OUTCOME, "goal-2", "a"))
                .when(new DefineMeasure(S1, 2L, MEASURE, OUTCOME, "1", TITLE, null, MeasureType.RATE_EFFICIENCY,
                        "Rate/Efficiency", "percent", null, change(DRAFTED)))
                .expectEvents(new MeasureDefined(S1, MEASURE, OUTCOME, "1", TITLE, null, MeasureType.RATE_EFFICIENCY,
                        "Rate/Efficiency", "percent", 1, change(DRAFTED)))
                .expectResultMessagePayload(new CommandAccepted(MEASURE, 3));
    }

    @Test
    void definingAMeasureOfAnObjective() {
        fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted("objective-2.5", "goal-2", "2.5"))
                .when(define("objective-2.5", MeasureType.OUTPUT))
                .expectEvents(new MeasureDefined(S1, MEASURE, "objective-2.5", null, TITLE, null, MeasureType.OUTPUT, null, null, 1,
                        change(DRAFTED)));
    }

    @Test
    void cannotDefineAMeasureOfAnInitiative() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), objectiveAdopted("objective-2.5", "goal-2", "2.5"),
                        initiativeLaunched("initiative-2.5.1", "objective-2.5", "2.5.1"))
                .when(define("initiative-2.5.1", MeasureType.OUTPUT)), ErrorCode.PARENT_TYPE_INVALID);
    }

    @Test
    void cannotDefineAMeasureOfARetiredOutcome() {
        refused(fixture.given(drafted(), goalAdded("goal-2", "2"), outcomeDefined(OUTCOME, "goal-2", "a"),
                        new OutcomeRetired(S1, OUTCOME, revision(DRAFTED)))
                .when(define(OUTCOME, MeasureType.OUTCOME)), ErrorCode.PARENT_RETIRED);
    }

    @Test
    void aMeasureWhoseTypeIsNotStatedHasNone() {
        fixture.given(drafted(), goalAdded("goal-2", "2"))
                .when(define("goal-2", null))
                .expectEvents(new MeasureDefined(S1, MEASURE, "goal-2", null, TITLE, null, null, null, null, 1, change(DRAFTED)));
    }

    @Test
    void revisingAMeasureRecordsItsFullContent() {
        fixture.given(A_MEASURE)
                .when(new ReviseMeasure(S1, null, MEASURE, null, null, null, MeasureType.EFFICIENCY, "Efficiency", null,
                        revision(REVISED)))
                .expectEvents(new MeasureRevised(S1, MEASURE, "1", TITLE, null, MeasureType.EFFICIENCY, "Efficiency", "percent",
                        revision(REVISED)));
    }

    @Test
    void aMeasureRevisionThatChangesNothingRecordsNothing() {
        changesNothing(fixture.given(A_MEASURE)
                .when(new ReviseMeasure(S1, null, MEASURE, "1", TITLE, null, MeasureType.OUTCOME, "Outcome", "percent",
                        revision(REVISED))), new CommandAccepted(MEASURE, 4));
    }

    @Test
    void cannotReviseARetiredMeasure() {
        refused(fixture.given(A_MEASURE)
                .andGiven(new MeasureRetired(S1, MEASURE, revision(DRAFTED)))
                .when(new ReviseMeasure(S1, null, MEASURE, null, null, null, null, null, "share of entries", revision(REVISED))),
                ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void settingATargetForANewPeriod() {
        fixture.given(A_MEASURE)
                .when(setTarget("95", revision(REVISED)))
                .expectEvents(new MeasureTargetSet(S1, MEASURE, "FY2021", new BigDecimal("95"), null, false, revision(REVISED)))
                .expectResultMessagePayload(new CommandAccepted(MEASURE, 5));
    }

    @Test
    void settingAnotherTargetForAPeriodReplacesIt() {
        fixture.given(A_MEASURE)
                .andGiven(targetSet("95"))
                .when(setTarget("97.5", revision(REVISED)))
                .expectEvents(new MeasureTargetSet(S1, MEASURE, "FY2021", new BigDecimal("97.5"), null, true, revision(REVISED)));
    }

    @Test
    void settingTheSameTargetAgainRecordsNothing() {
        changesNothing(fixture.given(A_MEASURE)
                .andGiven(targetSet("95"))
                .when(setTarget("95.00", revision(REVISED))), new CommandAccepted(MEASURE, 5));
    }

    @Test
    void aQualitativeTargetIsAText() {
        fixture.given(A_MEASURE)
                .when(new SetMeasureTarget(S1, null, MEASURE, "FY2021", null, "Baseline established", revision(REVISED)))
                .expectEvents(new MeasureTargetSet(S1, MEASURE, "FY2021", null, "Baseline established", false, revision(REVISED)));
    }

    @Test
    void cannotSetATargetWithoutValueOrText() {
        refused(fixture.given(A_MEASURE)
                .when(new SetMeasureTarget(S1, null, MEASURE, "FY2021", null, null, revision(REVISED))),
                ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotSetATargetTooLargeToStore() {
        refused(fixture.given(A_MEASURE)
                .when(new SetMeasureTarget(S1, null, MEASURE, "FY2021", new BigDecimal("1e999999999"), null, revision(REVISED))),
                ErrorCode.INVALID_VALUE);
    }

    @Test
    void cannotSetATargetOfMoreThanAThousandDigits() {
        refused(fixture.given(A_MEASURE)
                .when(new SetMeasureTarget(S1, null, MEASURE, "FY2021", new BigDecimal("0." + "1".repeat(1000)), null,
                        revision(REVISED))),
                ErrorCode.INVALID_VALUE);
    }

    @Test
    void aSpreadsheetFloatOfSixteenDecimalsIsKeptExactly() {
        BigDecimal printed = new BigDecimal("4.4249999999999998");
        fixture.given(A_MEASURE)
                .when(new RecordMeasureActual(S1, null, MEASURE, "FY2021", printed, null, revision(REVISED)))
                .expectEvents(new MeasureActualRecorded(S1, MEASURE, "FY2021", printed, null, false, revision(REVISED)));
    }

    @Test
    void aNumberOfTwentyFiveDigitsIsKeptExactly() {
        BigDecimal printed = new BigDecimal("1234567890123456789012345");
        fixture.given(A_MEASURE)
                .when(new SetMeasureTarget(S1, null, MEASURE, "FY2021", printed, null, revision(REVISED)))
                .expectEvents(new MeasureTargetSet(S1, MEASURE, "FY2021", printed, null, false, revision(REVISED)));
    }

    @Test
    void aNumberOfAThousandDigitsIsKeptWithItsTrailingZero() {
        BigDecimal printed = new BigDecimal("9".repeat(500) + "." + "1".repeat(498) + "0");
        fixture.given(A_MEASURE)
                .when(new SetMeasureTarget(S1, null, MEASURE, "FY2021", printed, null, revision(REVISED)))
                .expectEvents(new MeasureTargetSet(S1, MEASURE, "FY2021", printed, null, false, revision(REVISED)));
    }

    @Test
    void cannotSetATargetWithoutPeriod() {
        refused(fixture.given(A_MEASURE)
                .when(new SetMeasureTarget(S1, null, MEASURE, null, BigDecimal.TEN, null, revision(REVISED))),
                ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotSetATargetOfARetiredMeasure() {
        refused(fixture.given(A_MEASURE)
                .andGiven(new MeasureRetired(S1, MEASURE, revision(DRAFTED)))
                .when(setTarget("95", revision(REVISED))), ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void cannotSetATargetBeforeTheMeasuresLastChange() {
        refused(fixture.given(A_MEASURE)
                .andGiven(targetSet("95"))
                .when(setTarget("97", revision("2020-12-31"))), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotSetATargetInASupersededEdition() {
        refused(fixture.given(A_MEASURE)
                .andGiven(adopted(), superseded())
                .when(setTarget("95", revision("2022-01-01"))), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void recordingAnActualForANewPeriod() {
        fixture.given(A_MEASURE)
                .when(recordActual("93.2", revision(REVISED)))
                .expectEvents(new MeasureActualRecorded(S1, MEASURE, "FY2021", new BigDecimal("93.2"), null, false,
                        revision(REVISED)))
                .expectResultMessagePayload(new CommandAccepted(MEASURE, 5));
    }

    @Test
    void recordingAnotherActualForAPeriodRestatesIt() {
        fixture.given(A_MEASURE)
                .andGiven(new MeasureActualRecorded(S1, MEASURE, "FY2021", new BigDecimal("93.2"), null, false, revision(REVISED)))
                .when(recordActual("94.1", revision("2021-03-01")))
                .expectEvents(new MeasureActualRecorded(S1, MEASURE, "FY2021", new BigDecimal("94.1"), null, true,
                        revision("2021-03-01")));
    }

    @Test
    void recordingTheSameActualAgainRecordsNothing() {
        changesNothing(fixture.given(A_MEASURE)
                .andGiven(new MeasureActualRecorded(S1, MEASURE, "FY2021", new BigDecimal("93.2"), null, false, revision(REVISED)))
                .when(recordActual("93.20", revision("2021-03-01"))), new CommandAccepted(MEASURE, 5));
    }

    @Test
    void aTargetIsNotAnActual() {
        fixture.given(A_MEASURE)
                .andGiven(targetSet("95"))
                .when(recordActual("95", revision(REVISED)))
                .expectEvents(new MeasureActualRecorded(S1, MEASURE, "FY2021", new BigDecimal("95"), null, false, revision(REVISED)));
    }

    @Test
    void cannotRecordAnActualOfARetiredMeasure() {
        refused(fixture.given(A_MEASURE)
                .andGiven(new MeasureRetired(S1, MEASURE, revision(DRAFTED)))
                .when(recordActual("93.2", revision(REVISED))), ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void retiringAMeasureRecordsIt() {
        fixture.given(A_MEASURE)
                .when(new RetireMeasure(S1, null, MEASURE, revision(REVISED)))
                .expectEvents(new MeasureRetired(S1, MEASURE, revision(REVISED)));
    }

    @Test
    void retiringARetiredMeasureChangesNothing() {
        changesNothing(fixture.given(A_MEASURE)
                .andGiven(new MeasureRetired(S1, MEASURE, revision(DRAFTED)))
                .when(new RetireMeasure(S1, null, MEASURE, revision(REVISED))), new CommandAccepted(MEASURE, 5));
    }

    @Test
    void cannotRetireAMeasureBeforeItsLastTarget() {
        refused(fixture.given(A_MEASURE)
                .andGiven(targetSet("95"))
                .when(new RetireMeasure(S1, null, MEASURE, revision("2020-12-31"))), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    private static DefineMeasure define(String parentId, MeasureType type) {
        return new DefineMeasure(S1, null, MEASURE, parentId, null, TITLE, null, type, null, null, null, change(DRAFTED));
    }

    private static SetMeasureTarget setTarget(String value, Change change) {
        return new SetMeasureTarget(S1, null, MEASURE, "FY2021", new BigDecimal(value), null, change);
    }

    private static MeasureTargetSet targetSet(String value) {
        return new MeasureTargetSet(S1, MEASURE, "FY2021", new BigDecimal(value), null, false, revision(REVISED));
    }

    private static RecordMeasureActual recordActual(String value, Change change) {
        return new RecordMeasureActual(S1, null, MEASURE, "FY2021", new BigDecimal(value), null, change);
    }
}
