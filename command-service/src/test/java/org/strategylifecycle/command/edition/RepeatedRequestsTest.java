package org.strategylifecycle.command.edition;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.CommandRepeated;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.ReviseGoal;
import org.strategylifecycle.api.strategy.AdoptStrategy;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.command.fixture.Given;
import org.strategylifecycle.command.idempotency.KeyedRequest;

import java.util.List;
import java.util.Map;

import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.ADOPTED;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.P2020;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.draft;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.HasCode.hasCode;

/**
 * An edition remembers the keyed requests recorded in its own stream (docs/adr/0015): the fixture
 * rebuilds it from the given events, as after a restart or on another node, so whatever it remembers
 * came from the events' metadata.
 */
class RepeatedRequestsTest {

    private static final KeyedRequest ADD_GOAL_2 = new KeyedRequest("editor", "key-1", "hash-of-add-goal-2");
    private static final AddGoal GOAL_2 = new AddGoal(S1, null, "goal-2", "2", "Enterprise", null, null, null, change(DRAFTED));

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    @Test
    void aKeyedCommandRecordsItsRequestInEveryEventItApplies() {
        fixture.given(drafted())
                .when(GOAL_2, ADD_GOAL_2.asMetaData())
                .expectEventsMatching(everyEventCarries(ADD_GOAL_2));
    }

    @Test
    void aRepeatedRequestAnswersTheVersionAfterItsFirstAttemptAndAppliesNothing() {
        changesNothing(fixture.given(drafted(), keyed(goalAdded("goal-2", "2"), ADD_GOAL_2), goalAdded("goal-3", "3"))
                .when(GOAL_2, ADD_GOAL_2.asMetaData()), new CommandRepeated(1));
    }

    @Test
    void aRequestOfSeveralEventsAnswersTheVersionAfterItsLastOne() {
        KeyedRequest imported = new KeyedRequest("editor", "import-1", "hash-of-the-import");
        changesNothing(fixture.given(keyed(drafted(), imported), keyed(goalAdded("goal-1", "1"), imported),
                        keyed(goalAdded("goal-2", "2"), imported))
                .when(draft(S1, null, P2020), imported.asMetaData()), new CommandRepeated(2));
    }

    @Test
    void aDifferentRequestUnderARecordedKeyIsRefusedAndRecordsNothing() {
        refused(fixture.given(drafted(), keyed(goalAdded("goal-2", "2"), ADD_GOAL_2))
                .when(new AddGoal(S1, null, "goal-3", "3", "Other", null, null, null, change(DRAFTED)),
                        new KeyedRequest("editor", "key-1", "hash-of-add-goal-3").asMetaData()), ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void keysBelongToTheirUser() {
        fixture.given(drafted(), keyed(goalAdded("goal-2", "2"), ADD_GOAL_2))
                .when(new AddGoal(S1, null, "goal-3", "3", "Other", null, null, null, change(DRAFTED)),
                        new KeyedRequest("admin", "key-1", "hash-of-add-goal-3").asMetaData())
                .expectEvents(new GoalAdded(S1, "goal-3", "3", "Other", null, null, 2, change(DRAFTED)));
    }

    /** The first attempt moved the edition past the If-Match it carried: its retry still gets the first answer. */
    @Test
    void aRetryOfAConditionalRequestThatSucceededIsNotAVersionMismatch() {
        KeyedRequest adopt = new KeyedRequest("editor", "adopt-1", "hash-of-adopt");
        changesNothing(fixture.given(drafted(), keyed(new StrategyAdopted(S1, change(ADOPTED)), adopt),
                        goalAdded("goal-9", "9"))
                .when(new AdoptStrategy(S1, 0L, change(ADOPTED)), adopt.asMetaData()), new CommandRepeated(1));
    }

    /** A refused request recorded no event, so its key is free: the retry runs as a new request. */
    @Test
    void aKeyNoEventRecordedLeavesTheRequestToRun() {
        fixture.given(drafted(), goalAdded("goal-2", "2"))
                .when(new ReviseGoal(S1, null, "goal-2", null, "Renamed", null, null, revision("2020-02-01")),
                        new KeyedRequest("editor", "key-2", "hash-of-revise").asMetaData())
                .expectEventsMatching(everyEventCarries(new KeyedRequest("editor", "key-2", "hash-of-revise")));
    }

    @Test
    void aRepeatedDraftIsAnsweredByTheEditionItCreated() {
        KeyedRequest drafting = new KeyedRequest("editor", "draft-1", "hash-of-draft");
        changesNothing(fixture.given(keyed(drafted(), drafting))
                .when(draft(S1, null, P2020), drafting.asMetaData()), new CommandRepeated(0));
    }

    @Test
    void aDraftOfAnExistingEditionUnderAnotherKeyIsStillRefusedAsExisting() {
        fixture.given(keyed(drafted(), new KeyedRequest("editor", "draft-1", "hash-of-draft")))
                .when(draft(S1, null, P2020), new KeyedRequest("editor", "draft-2", "hash-of-draft").asMetaData())
                .expectException(hasCode(ErrorCode.STRATEGY_EXISTS));
    }

    @Test
    void commandsWithoutAKeyAreUntouched() {
        fixture.given(drafted(), keyed(goalAdded("goal-2", "2"), ADD_GOAL_2))
                .when(new AddGoal(S1, null, "goal-3", "3", "Other", null, null, null, change(DRAFTED)))
                .expectResultMessagePayload(new CommandAccepted("goal-3", 2));
    }

    private static EventMessage<?> keyed(Object event, KeyedRequest request) {
        return new GenericEventMessage<>(event, request.asMetaData());
    }

    private static Matcher<List<? super EventMessage<?>>> everyEventCarries(KeyedRequest request) {
        Map<String, Object> expected = Map.copyOf(request.asMetaData());
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<? super EventMessage<?>> events) {
                return !events.isEmpty() && events.stream()
                        .allMatch(e -> ((EventMessage<?>) e).getMetaData().entrySet().containsAll(expected.entrySet()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("events all carrying ").appendValue(expected);
            }
        };
    }
}
