package org.strategylifecycle.command.edition;

import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.goal.ReviseGoal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strategylifecycle.command.edition.Expect.changesNothing;
import static org.strategylifecycle.command.edition.Expect.refused;
import static org.strategylifecycle.command.edition.Given.S1;
import static org.strategylifecycle.command.edition.Given.drafted;
import static org.strategylifecycle.command.edition.Given.goalAdded;
import static org.strategylifecycle.command.edition.Given.revision;

/** The expectations of a command that records nothing can fail ({@code TestArchitectureTest} makes every fixture test use them). */
class ExpectTest {

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    /** Why {@link Expect} exists: Axon's own expectation is met by a handler that throws. */
    @Test
    void axonsExpectNoEventsAloneIsMetByARefusal() {
        assertThatCode(() -> reviseUnknownGoal().expectNoEvents()).doesNotThrowAnyException();
    }

    @Test
    void changesNothingFailsWhenTheCommandIsRefused() {
        assertThatThrownBy(() -> changesNothing(reviseUnknownGoal(), new CommandAccepted("goal-9", 0)))
                .isInstanceOf(AxonAssertionError.class);
    }

    @Test
    void changesNothingFailsOnAnotherAnswer() {
        assertThatThrownBy(() -> changesNothing(reviseGoalToItsOwnTitle(), new CommandAccepted("goal-1", 2)))
                .isInstanceOf(AxonAssertionError.class);
    }

    @Test
    void changesNothingHoldsForAnAcceptedCommandThatRecordsNothing() {
        changesNothing(reviseGoalToItsOwnTitle(), new CommandAccepted("goal-1", 1));
    }

    @Test
    void refusedFailsOnAnotherCode() {
        assertThatThrownBy(() -> refused(reviseUnknownGoal(), ErrorCode.ELEMENT_RETIRED))
                .isInstanceOf(AxonAssertionError.class);
    }

    private ResultValidator<StrategyEdition> reviseUnknownGoal() {
        return fixture.given(drafted())
                .when(new ReviseGoal(S1, null, "goal-9", null, "Mission and trade", null, null, revision("2021-01-01")));
    }

    private ResultValidator<StrategyEdition> reviseGoalToItsOwnTitle() {
        return fixture.given(drafted(), goalAdded("goal-1", "1"))
                .when(new ReviseGoal(S1, null, "goal-1", null, "Mission", null, null, revision("2021-01-01")));
    }
}
