package org.strategylifecycle.command.alignment;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentRemoved;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.alignment.RemoveAlignment;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.objective.ObjectiveRetired;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.fixture.Given;
import org.strategylifecycle.command.fixture.InMemoryAggregates;
import org.strategylifecycle.command.line.StrategyLine;

import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.SAME_EDITION;
import static org.strategylifecycle.command.fixture.Given.STATED;
import static org.strategylifecycle.command.fixture.Given.TWO_OBJECTIVES;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.measureDefined;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.statementRecorded;
import static org.strategylifecycle.command.fixture.Given.superseded;
import static org.strategylifecycle.command.fixture.Given.withoutRationale;

class AlignmentsTest {

    private static final String LINKED = "2020-02-01";
    private static final String OBJECTIVE = "objective-1.1";
    private static final String DHS = "dhs-2020";
    private static final AlignmentTarget EXTERNAL = new AlignmentTarget(null, null, "DHS Strategic Plan 2020–2024", "1.1",
            "Collect, analyze, and share actionable intelligence");

    private final InMemoryAggregates<StrategyEdition> otherEditions = new InMemoryAggregates<>(StrategyEdition.class);
    private final FixtureConfiguration<StrategyEdition> fixture =
            Given.editionFixture(otherEditions, new InMemoryAggregates<>(StrategyLine.class));

    @Test
    void aligningAnObjectiveToAnotherOfTheSameEdition() {
        fixture.given(TWO_OBJECTIVES)
                .when(align("alignment-1", OBJECTIVE, SAME_EDITION))
                .expectEvents(new ObjectiveAligned(S1, "alignment-1", OBJECTIVE, SAME_EDITION, STATED, change(LINKED)))
                .expectResultMessagePayload(new CommandAccepted("alignment-1", 5));
    }

    @Test
    void aligningAnObjectiveToAGoalOfAnotherEdition() {
        givenDhsPlanWithGoal();
        AlignmentTarget dhsGoal = new AlignmentTarget(DHS, "dhs-goal-1", null, null, null);

        fixture.given(TWO_OBJECTIVES)
                .when(align("alignment-1", OBJECTIVE, dhsGoal))
                .expectEvents(new ObjectiveAligned(S1, "alignment-1", OBJECTIVE, dhsGoal, STATED, change(LINKED)));
    }

    @Test
    void aligningAnObjectiveToAnExternalReference() {
        fixture.given(TWO_OBJECTIVES)
                .when(align("alignment-1", OBJECTIVE, EXTERNAL))
                .expectEvents(new ObjectiveAligned(S1, "alignment-1", OBJECTIVE, EXTERNAL, STATED, change(LINKED)));
    }

    @Test
    void anAlignmentMayBeInferred() {
        LinkProvenance inferred = LinkProvenance.inferred("Both objectives name the same trade enforcement priority");

        fixture.given(TWO_OBJECTIVES)
                .when(new AlignObjective(S1, null, "alignment-1", OBJECTIVE, SAME_EDITION, inferred, change(LINKED)))
                .expectEvents(new ObjectiveAligned(S1, "alignment-1", OBJECTIVE, SAME_EDITION, inferred, change(LINKED)));
    }

    @Test
    void cannotAlignToAnUnknownElementOfTheSameEdition() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(align("alignment-1", OBJECTIVE, new AlignmentTarget(S1, "objective-9.9", null, null, null))),
                ErrorCode.ALIGNMENT_TARGET_NOT_FOUND);
    }

    @Test
    void cannotAlignToAnUnknownElementOfAnotherEdition() {
        givenDhsPlanWithGoal();

        refused(fixture.given(TWO_OBJECTIVES)
                .when(align("alignment-1", OBJECTIVE, new AlignmentTarget(DHS, "dhs-goal-9", null, null, null))),
                ErrorCode.ALIGNMENT_TARGET_NOT_FOUND);
    }

    @Test
    void cannotAlignToAnElementOfAnUnknownEdition() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(align("alignment-1", OBJECTIVE, new AlignmentTarget(DHS, "dhs-goal-1", null, null, null))),
                ErrorCode.ALIGNMENT_TARGET_NOT_FOUND);
    }

    @Test
    void cannotAlignAnObjectiveToItself() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(align("alignment-1", OBJECTIVE, new AlignmentTarget(S1, OBJECTIVE, null, null, null))),
                ErrorCode.ALIGNMENT_TO_SELF);
    }

    @Test
    void cannotAlignAnElementBeforeTheDayItWasAdded() {
        refused(fixture.given(TWO_OBJECTIVES)
                        .when(new AlignObjective(S1, null, "alignment-1", OBJECTIVE, SAME_EDITION, STATED, change("2019-12-31"))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotAlignTwiceToTheSameTarget() {
        refused(fixture.given(TWO_OBJECTIVES)
                .andGiven(aligned("alignment-1", SAME_EDITION))
                .when(align("alignment-2", OBJECTIVE, SAME_EDITION)), ErrorCode.ALIGNMENT_EXISTS);
    }

    @Test
    void aRemovedAlignmentMayBeMadeAgain() {
        fixture.given(TWO_OBJECTIVES)
                .andGiven(aligned("alignment-1", SAME_EDITION),
                        new AlignmentRemoved(S1, "alignment-1", OBJECTIVE, revision(LINKED)))
                .when(align("alignment-2", OBJECTIVE, SAME_EDITION))
                .expectEvents(new ObjectiveAligned(S1, "alignment-2", OBJECTIVE, SAME_EDITION, STATED, change(LINKED)));
    }

    @Test
    void cannotReuseTheIdOfARemovedAlignment() {
        refused(fixture.given(TWO_OBJECTIVES)
                .andGiven(aligned("alignment-1", SAME_EDITION),
                        new AlignmentRemoved(S1, "alignment-1", OBJECTIVE, revision(LINKED)))
                .when(align("alignment-1", OBJECTIVE, EXTERNAL)), ErrorCode.ELEMENT_ID_TAKEN);
    }

    @Test
    void cannotAlignUnderAnIdTakenByAnElement() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(align("goal-2", OBJECTIVE, EXTERNAL)), ErrorCode.ELEMENT_ID_TAKEN);
    }

    @Test
    void cannotAlignARetiredObjective() {
        refused(fixture.given(TWO_OBJECTIVES)
                .andGiven(new ObjectiveRetired(S1, OBJECTIVE, revision(DRAFTED)))
                .when(align("alignment-1", OBJECTIVE, SAME_EDITION)), ErrorCode.ELEMENT_RETIRED);
    }

    @Test
    void cannotAlignAMeasure() {
        refused(fixture.given(TWO_OBJECTIVES)
                .andGiven(measureDefined("measure-1", OBJECTIVE, "1"))
                .when(align("alignment-1", "measure-1", SAME_EDITION)), ErrorCode.WRONG_ELEMENT_TYPE);
    }

    @Test
    void cannotAlignAStatement() {
        refused(fixture.given(TWO_OBJECTIVES)
                .andGiven(statementRecorded("vision", StatementKind.VISION))
                .when(align("alignment-1", "vision", SAME_EDITION)), ErrorCode.WRONG_ELEMENT_TYPE);
    }

    @Test
    void cannotAlignToAnExternalReferenceWithoutDocument() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(align("alignment-1", OBJECTIVE, new AlignmentTarget(null, null, null, "1.1", "Collect intelligence"))),
                ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotAlignToATargetThatIsBothElementAndExternalReference() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(align("alignment-1", OBJECTIVE,
                        new AlignmentTarget(S1, "objective-2.1", "DHS Strategic Plan", null, null))),
                ErrorCode.INVALID_VALUE);
    }

    @Test
    void cannotAlignWithoutProvenance() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(new AlignObjective(S1, null, "alignment-1", OBJECTIVE, SAME_EDITION, null, change(LINKED))),
                ErrorCode.INVALID_PROVENANCE);
    }

    @Test
    void cannotAlignInASupersededEdition() {
        refused(fixture.given(TWO_OBJECTIVES)
                .andGiven(adopted(), superseded())
                .when(align("alignment-1", OBJECTIVE, SAME_EDITION)), ErrorCode.EDITION_SUPERSEDED);
    }

    @Test
    void removingAnAlignment() {
        fixture.given(TWO_OBJECTIVES)
                .andGiven(aligned("alignment-1", SAME_EDITION))
                .when(new RemoveAlignment(S1, 5L, "alignment-1", revision("2021-01-01")))
                .expectEvents(new AlignmentRemoved(S1, "alignment-1", OBJECTIVE, revision("2021-01-01")))
                .expectResultMessagePayload(new CommandAccepted("alignment-1", 6));
    }

    @Test
    void cannotRemoveAnUnknownAlignment() {
        refused(fixture.given(TWO_OBJECTIVES)
                .when(new RemoveAlignment(S1, null, "alignment-1", revision("2021-01-01"))), ErrorCode.ALIGNMENT_NOT_FOUND);
    }

    @Test
    void cannotRemoveAnAlignmentBeforeTheDayItWasMade() {
        refused(fixture.given(TWO_OBJECTIVES)
                        .andGiven(aligned("alignment-1", SAME_EDITION))
                        .when(new RemoveAlignment(S1, null, "alignment-1", revision("2020-01-31"))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void cannotRemoveAnAlignmentWithoutRationale() {
        refused(fixture.given(TWO_OBJECTIVES)
                .andGiven(aligned("alignment-1", SAME_EDITION))
                .when(new RemoveAlignment(S1, null, "alignment-1", withoutRationale(revision("2021-01-01")))),
                ErrorCode.RATIONALE_REQUIRED);
    }

    @Test
    void cannotRemoveAnAlignmentOfASupersededEdition() {
        refused(fixture.given(TWO_OBJECTIVES)
                .andGiven(aligned("alignment-1", SAME_EDITION), adopted(), superseded())
                .when(new RemoveAlignment(S1, null, "alignment-1", revision("2022-01-01"))), ErrorCode.EDITION_SUPERSEDED);
    }

    private void givenDhsPlanWithGoal() {
        otherEditions.given(DHS,
                new StrategyDrafted(DHS, null, "DHS Strategic Plan 2020–2024",
                        new Organization("DHS", "Department of Homeland Security", null),
                        new Period("FY 2020–2024", 2020, 2024), true, change(DRAFTED)),
                new GoalAdded(DHS, "dhs-goal-1", "1", "Counter Terrorism and Homeland Security Threats", null, null, 1,
                        change(DRAFTED)));
    }

    private static AlignObjective align(String alignmentId, String elementId, AlignmentTarget target) {
        return new AlignObjective(S1, null, alignmentId, elementId, target, STATED, change(LINKED));
    }

    private static ObjectiveAligned aligned(String alignmentId, AlignmentTarget target) {
        return new ObjectiveAligned(S1, alignmentId, OBJECTIVE, target, STATED, change(LINKED));
    }
}
