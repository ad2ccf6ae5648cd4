package org.strategylifecycle.command.edition;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The id rule as the StratML import asks it, without refusing ({@link InputRulesTest} covers refusals). */
class TextsTest {

    @ParameterizedTest(name = "\"{0}\" is an id: {1}")
    @CsvSource(nullValues = "null", value = {"goal-1, true", "2.5_a, true", "null, false", "'goal 1', false", "-goal, false",
            "'', false"})
    void isId(String value, boolean id) {
        assertThat(Texts.isId(value)).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"100, true", "101, false"})
    void anIdHasAtMostAHundredCharacters(int length, boolean id) {
        assertThat(Texts.isId("g".repeat(length))).isEqualTo(id);
    }
}
