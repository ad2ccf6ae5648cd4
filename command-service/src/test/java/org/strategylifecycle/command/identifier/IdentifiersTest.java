package org.strategylifecycle.command.identifier;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.edition.Texts;
import org.strategylifecycle.command.fixture.Given;
import org.strategylifecycle.command.fixture.InMemoryAggregates;
import org.strategylifecycle.command.line.StrategyLine;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.goal.ReviseGoal;
import org.strategylifecycle.api.identifier.ElementIdentifiedExternally;
import org.strategylifecycle.api.identifier.IdentifyElementExternally;

import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.P2021;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.S2;
import static org.strategylifecycle.command.fixture.Given.STATED;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.retired;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.superseded;

class IdentifiersTest {

    private static final String PUBLISHED = "SCAgencyCode#P320-G1";
    private static final String LATER = "2021-01-01";

    private final InMemoryAggregates<StrategyEdition> otherEditions = new InMemoryAggregates<>(StrategyEdition.class);
    private final FixtureConfiguration<StrategyEdition> fixture =
            Given.editionFixture(otherEditions, new InMemoryAggregates<>(StrategyLine.class));

    @Test
    void anAlignmentTargetInTheEditionIsFoundByItsPublishedIdentifier() {
        AlignmentTarget byPublished = new AlignmentTarget(S1, PUBLISHED, null, null, null);
        AlignmentTarget byId = new AlignmentTarget(S1, "goal-1", null, null, null);
        fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"), identified("goal-1", PUBLISHED, DRAFTED))
                .when(new AlignObjective(S1, null, "alignment-1", "goal-2", byPublished, STATED, change(DRAFTED)))
                .expectEvents(new ObjectiveAligned(S1, "alignment-1", "goal-2", byId, STATED, change(DRAFTED)));
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), identified("goal-1", PUBLISHED, DRAFTED))
                .when(new AlignObjective(S1, null, "alignment-1", "goal-1", byPublished, STATED, change(DRAFTED))),
                ErrorCode.ALIGNMENT_TO_SELF);
    }

    @Test
    void aTargetInAnotherEditionIsFoundByItsPublishedIdentifier() {
        givenAnotherEdition();
        fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new AlignObjective(S1, null, "alignment-1", "goal-1", new AlignmentTarget(S2, PUBLISHED, null, null, null),
                        STATED, change(DRAFTED)))
                .expectEvents(new ObjectiveAligned(S1, "alignment-1", "goal-1",
                        new AlignmentTarget(S2, "goal-9", null, null, null), STATED, change(DRAFTED)));
    }

    @Test
    void aTargetInAnotherEditionIsNotLookedUpAmongThisEditionsExternalIdentifiers() {
        givenAnotherEdition();
        AlignmentTarget inOther = new AlignmentTarget(S2, "goal-9", null, null, null);
        fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"), identified("goal-1", "goal-9", DRAFTED))
                .when(new AlignObjective(S1, null, "alignment-1", "goal-2", inOther, STATED, change(DRAFTED)))
                .expectEvents(new ObjectiveAligned(S1, "alignment-1", "goal-2", inOther, STATED, change(DRAFTED)));
    }

    private void givenAnotherEdition() {
        otherEditions.given(S2, drafted(S2, null, P2021),
                new GoalAdded(S2, "goal-9", "9", "Enterprise", null, null, 1, change(DRAFTED)),
                new ElementIdentifiedExternally(S2, "goal-9", PUBLISHED, change(DRAFTED)));
    }

    @Test
    void aPredecessorInAnotherEditionIsFoundByItsPublishedIdentifier() {
        givenAnotherEdition();
        fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new LinkLineage(S1, null, "lineage-1", "goal-1", new ElementRef(S2, PUBLISHED),
                        LineageRelation.DERIVES_FROM, STATED, change(DRAFTED)))
                .expectEvents(new LineageLinked(S1, "lineage-1", "goal-1", new ElementRef(S2, "goal-9"),
                        LineageRelation.DERIVES_FROM, STATED, change(DRAFTED)));
    }

    @Test
    void aPredecessorNotFoundByEitherIdIsRefused() {
        givenAnotherEdition();
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new LinkLineage(S1, null, "lineage-1", "goal-1", new ElementRef(S2, "goal-8"),
                        LineageRelation.DERIVES_FROM, STATED, change(DRAFTED))), ErrorCode.LINEAGE_PREDECESSOR_NOT_FOUND);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new LinkLineage(S1, null, "lineage-1", "goal-1", new ElementRef("nowhere", "goal-9"),
                        LineageRelation.DERIVES_FROM, STATED, change(DRAFTED))), ErrorCode.LINEAGE_PREDECESSOR_NOT_FOUND);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new LinkLineage(S1, null, "lineage-1", "goal-1", new ElementRef(S2, "A#1"),
                        LineageRelation.DERIVES_FROM, STATED, change(DRAFTED))), ErrorCode.INVALID_ID);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new LinkLineage(S1, null, "lineage-1", "goal-1", new ElementRef(S2, null),
                        LineageRelation.DERIVES_FROM, STATED, change(DRAFTED))), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void anElementKeepsTheIdentifierItsDocumentGivesIt() {
        fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(identify("goal-1", PUBLISHED, DRAFTED))
                .expectEvents(identified("goal-1", PUBLISHED, DRAFTED))
                .expectResultMessagePayload(new CommandAccepted("goal-1", 2));
    }

    @Test
    void theSameIdentifierAgainChangesNothing() {
        changesNothing(fixture.given(drafted(), goalAdded("goal-1", "1"), identified("goal-1", PUBLISHED, DRAFTED))
                .when(identify("goal-1", PUBLISHED, LATER)), new CommandAccepted("goal-1", 2));
    }

    @Test
    void aNewIdentifierReplacesTheOldOneWhichAnotherElementMayThenCarry() {
        fixture.given(drafted(), goalAdded("goal-1", "1"), identified("goal-1", PUBLISHED, DRAFTED))
                .when(identify("goal-1", "G-1", LATER))
                .expectEvents(identified("goal-1", "G-1", LATER));
        fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"), identified("goal-1", PUBLISHED, DRAFTED),
                        identified("goal-1", "G-1", LATER))
                .when(identify("goal-2", PUBLISHED, LATER))
                .expectEvents(identified("goal-2", PUBLISHED, LATER));
    }

    @Test
    void anExternalIdentifierNamesOneElementOnly() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(identify("goal-1", "goal-1", DRAFTED)), ErrorCode.INVALID_VALUE);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"))
                .when(identify("goal-1", "goal-2", DRAFTED)), ErrorCode.ELEMENT_ID_TAKEN);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), goalAdded("goal-2", "2"),
                        identified("goal-2", PUBLISHED, DRAFTED))
                .when(identify("goal-1", PUBLISHED, DRAFTED)), ErrorCode.ELEMENT_ID_TAKEN);
    }

    @Test
    void noNewIdIsAnElementsExternalIdentifier() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), identified("goal-1", "G-1", DRAFTED))
                .when(new AddGoal(S1, null, "G-1", "2", "Enterprise", null, null, null, change(DRAFTED))),
                ErrorCode.ELEMENT_ID_TAKEN);
    }

    @Test
    void theIdentifierIsBoundedText() {
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(identify("goal-1", null, DRAFTED)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(identify("goal-1", "x".repeat(Texts.TITLE_MAX + 1), DRAFTED)), ErrorCode.TEXT_TOO_LONG);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(identify("goal-1", "G\n1", DRAFTED)), ErrorCode.INVALID_CHARACTER);
        String longest = "é".repeat(Texts.TITLE_MAX);
        fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(identify("goal-1", longest, DRAFTED))
                .expectEvents(identified("goal-1", longest, DRAFTED));
    }

    @Test
    void onlyAnElementOfAnOpenEditionIsIdentified() {
        refused(fixture.given(drafted()).when(identify("goal-9", PUBLISHED, DRAFTED)), ErrorCode.ELEMENT_NOT_FOUND);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), adopted(), superseded())
                .when(identify("goal-1", PUBLISHED, LATER)), ErrorCode.EDITION_SUPERSEDED);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), retired())
                .when(identify("goal-1", PUBLISHED, LATER)), ErrorCode.EDITION_RETIRED);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new IdentifyElementExternally(S1, null, "goal-1", PUBLISHED, null)), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void anIdentificationIsAChangeOfTheElementInTime() {
        refused(fixture.given(drafted(), new GoalAdded(S1, "goal-1", "1", "Mission", null, null, 1, change(LATER)))
                .when(identify("goal-1", PUBLISHED, DRAFTED)), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
        refused(fixture.given(drafted(), goalAdded("goal-1", "1"), identified("goal-1", PUBLISHED, LATER))
                .when(new ReviseGoal(S1, null, "goal-1", null, "Enterprise", null, null, revision("2020-06-01"))),
                ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
        fixture.given(drafted(), goalAdded("goal-1", "1"), identified("goal-1", PUBLISHED, LATER))
                .when(new ReviseGoal(S1, null, "goal-1", null, "Enterprise", null, null, revision(LATER)))
                .expectEvents(new GoalRevised(S1, "goal-1", "1", "Enterprise", "Protect the American people", null,
                        revision(LATER)));
    }

    private static IdentifyElementExternally identify(String elementId, String externalId, String date) {
        return new IdentifyElementExternally(S1, null, elementId, externalId, change(date));
    }

    private static ElementIdentifiedExternally identified(String elementId, String externalId, String date) {
        return new ElementIdentifiedExternally(S1, elementId, externalId, change(date));
    }
}
