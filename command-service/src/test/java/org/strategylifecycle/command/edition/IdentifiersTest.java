package org.strategylifecycle.command.edition;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.goal.ReviseGoal;
import org.strategylifecycle.api.identifier.ElementIdentifiedExternally;
import org.strategylifecycle.api.identifier.IdentifyElementExternally;

import static org.strategylifecycle.command.edition.Expect.changesNothing;
import static org.strategylifecycle.command.edition.Expect.refused;
import static org.strategylifecycle.command.edition.Given.DRAFTED;
import static org.strategylifecycle.command.edition.Given.S1;
import static org.strategylifecycle.command.edition.Given.adopted;
import static org.strategylifecycle.command.edition.Given.change;
import static org.strategylifecycle.command.edition.Given.drafted;
import static org.strategylifecycle.command.edition.Given.goalAdded;
import static org.strategylifecycle.command.edition.Given.retired;
import static org.strategylifecycle.command.edition.Given.revision;
import static org.strategylifecycle.command.edition.Given.superseded;

class IdentifiersTest {

    private static final String PUBLISHED = "SCAgencyCode#P320-G1";
    private static final String LATER = "2021-01-01";

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

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
