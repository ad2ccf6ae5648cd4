package org.strategylifecycle.command.edition;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.measure.MeasureTargetSet;
import org.strategylifecycle.api.measure.SetMeasureTarget;
import org.strategylifecycle.api.strategy.DraftStrategy;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.api.strategy.SupersedeStrategy;
import org.strategylifecycle.command.fixture.Given;
import org.strategylifecycle.command.fixture.InMemoryAggregates;
import org.strategylifecycle.command.line.StrategyLine;
import org.strategylifecycle.command.measure.Measures;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.CBP;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.LINE;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.S2;
import static org.strategylifecycle.command.fixture.Given.STATED;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.measureDefined;
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.outcomeDefined;
import static org.strategylifecycle.command.fixture.Given.revision;

/** Every bound accepted at the bound itself; {@link InputRulesTest} refuses one step beyond. */
class LimitsTest {

    private static final String REVISED = "2021-01-01";

    private final InMemoryAggregates<StrategyEdition> otherEditions = new InMemoryAggregates<>(StrategyEdition.class);
    private final InMemoryAggregates<StrategyLine> lines = new InMemoryAggregates<>(StrategyLine.class);
    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture(otherEditions, lines);

    @ParameterizedTest(name = "{0}–{1}")
    @CsvSource(nullValues = "open", value = {"1900, open", "2200, 2200", "2020, 2020", "1900, 2200"})
    void aPeriodWithinTheBoundsIsAccepted(int from, Integer to) {
        Period period = new Period(from + "–" + to, from, to);
        fixture.givenNoPriorActivity()
                .when(new DraftStrategy(S1, null, "CBP Strategy", CBP, period, true, change(DRAFTED)))
                .expectEvents(new StrategyDrafted(S1, null, "CBP Strategy", CBP, period, true, change(DRAFTED)));
    }

    /** Digits as written out in full, integer digits and decimals (Measures.MAX_DIGITS); InputRulesTest refuses one more. */
    static Stream<BigDecimal> valuesOfAtMostAThousandDigits() {
        return Stream.of(new BigDecimal("0." + "1".repeat(Measures.MAX_DIGITS - 1)), new BigDecimal("9".repeat(Measures.MAX_DIGITS)),
                new BigDecimal("-1E+" + (Measures.MAX_DIGITS - 1)), new BigDecimal("1.000E-10"), new BigDecimal("97.50"));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("valuesOfAtMostAThousandDigits")
    void aValueOfUpToAThousandDigitsIsKeptAsGiven(BigDecimal value) {
        fixture.given(drafted(), goalAdded("goal-1", "1"), objectiveAdopted("objective-1.1", "goal-1", "1.1"),
                        outcomeDefined("outcome-1", "objective-1.1", "a"), measureDefined("measure-1", "outcome-1", "1"))
                .when(new SetMeasureTarget(S1, null, "measure-1", "FY2021", value, null, revision(REVISED)))
                .expectEvents(new MeasureTargetSet(S1, "measure-1", "FY2021", value, null, false, revision(REVISED)));
    }

    @Test
    void textsAndIdsOfTheirLongestAreAccepted() {
        String id = "g".repeat(Texts.ID_MAX);
        String number = "9".repeat(Texts.NUMBER_MAX);
        String title = "t".repeat(Texts.TITLE_MAX);
        String text = "s".repeat(Texts.TEXT_MAX);
        fixture.given(drafted())
                .when(new AddGoal(S1, null, id, number, title, text, text, null, change(DRAFTED)))
                .expectEvents(new GoalAdded(S1, id, number, title, text, text, 1, change(DRAFTED)));
    }

    @Test
    void anEditionStartingTheSameYearAndEndingLaterSupersedes() {
        givenLineWith(new Period("2020–2026", 2020, 2026));

        fixture.given(drafted(S1, LINE, new Period("2020–2025", 2020, 2025)), adopted())
                .when(new SupersedeStrategy(S1, null, S2, STATED, revision(REVISED)))
                .expectEvents(new StrategySuperseded(S1, S2, LINE, STATED, revision(REVISED)));
    }

    @Test
    void anEditionStartingLaterSupersedesWhenItEndsEarlier() {
        givenLineWith(new Period("2021–2022", 2021, 2022));

        fixture.given(drafted(S1, LINE, new Period("2020–2025", 2020, 2025)), adopted())
                .when(new SupersedeStrategy(S1, null, S2, STATED, revision(REVISED)))
                .expectEvents(new StrategySuperseded(S1, S2, LINE, STATED, revision(REVISED)));
    }

    @ParameterizedTest(name = "{0}–{1} by {2}–{3}")
    @CsvSource(nullValues = "open", value = {"2020, 2025, 2020, open", "2020, open, 2020, 2026", "2020, open, 2020, open",
            "2020, 2025, 2019, 2030"})
    void anEditionThatDoesNotStartLaterOrEndLaterFromTheSameStartDoesNotSupersede(int olderFrom, Integer olderTo, int newerFrom,
                                                                                    Integer newerTo) {
        givenLineWith(new Period("newer", newerFrom, newerTo));

        refused(fixture.given(drafted(S1, LINE, new Period("older", olderFrom, olderTo)), adopted())
                        .when(new SupersedeStrategy(S1, null, S2, STATED, revision(REVISED))),
                ErrorCode.SUPERSESSION_NOT_LATER);
    }

    private void givenLineWith(Period newer) {
        lines.given(LINE, new StrategyLineEstablished(LINE, "CBP enterprise strategy", "CBP", change(DRAFTED)),
                new EditionJoinedLine(LINE, S1, Given.P2020, change(DRAFTED)),
                new EditionJoinedLine(LINE, S2, newer, change(DRAFTED)));
        otherEditions.given(S2, drafted(S2, LINE, newer));
    }
}
