package org.strategylifecycle.command.edition;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.LinkBasis;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.command.fixture.Given;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.strategylifecycle.api.common.ErrorCode.FIELD_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_ID;
import static org.strategylifecycle.api.common.ErrorCode.INVALID_PROVENANCE;
import static org.strategylifecycle.api.common.ErrorCode.RATIONALE_REQUIRED;
import static org.strategylifecycle.api.common.ErrorCode.TEXT_TOO_LONG;
import static org.strategylifecycle.command.fixture.Given.SOURCE;

/**
 * The input rules called directly, each once: {@link InputRulesTest} shows every command applying them
 * field by field. PIT tries a class's own test first for a change to that class, so these also decide
 * most of Texts' mutants without running a fixture.
 */
class TextsTest {

    private static final LocalDate DAY = LocalDate.parse("2020-03-01");
    private static final Change CHANGE = new Change(DAY, "editor", "Reworded", SOURCE, ChangeKind.REVISION);

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

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("a malformed id", () -> Texts.id("id", "goal 1"), INVALID_ID),
                refusal("a required field absent", () -> Texts.required("title", null, 10), FIELD_REQUIRED),
                refusal("a required field blank", () -> Texts.required("title", " \t", 10), FIELD_REQUIRED),
                refusal("an optional field blank", () -> Texts.optional("title", " ", 10), FIELD_REQUIRED),
                refusal("a field one over its bound", () -> Texts.optional("title", "x".repeat(11), 10), TEXT_TOO_LONG),
                refusal("a revised field blank", () -> Texts.revised("title", "", "current", 10), FIELD_REQUIRED),
                refusal("no change", () -> Texts.change(null, false), FIELD_REQUIRED),
                refusal("a change without its date", () -> Texts.change(
                        new Change(null, "editor", null, null, ChangeKind.REVISION), false), FIELD_REQUIRED),
                refusal("a change without its actor", () -> Texts.change(
                        new Change(DAY, null, null, null, ChangeKind.REVISION), false), FIELD_REQUIRED),
                refusal("a change without the rationale it needs", () -> Texts.change(
                        new Change(DAY, "editor", null, null, ChangeKind.REVISION), true), RATIONALE_REQUIRED),
                refusal("a change with a blank rationale it needs", () -> Texts.change(
                        new Change(DAY, "editor", " ", null, ChangeKind.REVISION), true), RATIONALE_REQUIRED),
                refusal("a change with a blank rationale it may omit", () -> Texts.change(
                        new Change(DAY, "editor", " ", null, ChangeKind.REVISION), false), FIELD_REQUIRED),
                refusal("a change citing no document", () -> Texts.change(
                        new Change(DAY, "editor", null, new Citation(null, null, null), ChangeKind.REVISION), false),
                        FIELD_REQUIRED),
                refusal("a change without its kind", () -> Texts.change(
                        new Change(DAY, "editor", null, null, null), false), FIELD_REQUIRED),
                refusal("a citation with a blank section", () -> Texts.citation(new Citation("Plan", " ", null)),
                        FIELD_REQUIRED),
                refusal("a citation with an overlong page", () -> Texts.citation(
                        new Citation("Plan", null, "1".repeat(Texts.NUMBER_MAX + 1))), TEXT_TOO_LONG),
                refusal("no provenance", () -> Texts.provenance(null), INVALID_PROVENANCE),
                refusal("a provenance without basis", () -> Texts.provenance(new LinkProvenance(null, SOURCE, null)),
                        INVALID_PROVENANCE),
                refusal("a stated link without citation", () -> Texts.provenance(
                        new LinkProvenance(LinkBasis.STATED, null, null)), INVALID_PROVENANCE),
                refusal("a stated link citing no document", () -> Texts.provenance(
                        LinkProvenance.stated(new Citation(null, null, null))), FIELD_REQUIRED),
                refusal("an inferred link without what it was inferred from", () -> Texts.provenance(
                        new LinkProvenance(LinkBasis.INFERRED, null, null)), FIELD_REQUIRED),
                refusal("an inferred link citing no document", () -> Texts.provenance(
                        new LinkProvenance(LinkBasis.INFERRED, new Citation(null, null, null), "Both name trade")),
                        FIELD_REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refuses(String what, ThrowingCallable rule, ErrorCode code) {
        assertThatThrownBy(rule).isInstanceOfSatisfying(StrategyException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** Each refused character, in a one-line field or a prose field, with the detail a client reads. */
    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "title                    | a\\tb       | U+0009 at 1 (it is one line of text)",
            "title                    | a\\nb       | U+000A at 1 (it is one line of text)",
            "alternatives[0].citation | a\\nb       | U+000A at 1 (it is one line of text)",
            "readings[0].printed      | a\\nb       | U+000A at 1 (it is one line of text)",
            "text                     | \\u0000ab   | U+0000 at 0 (only tab and newline are allowed)",
            "text                     | a\\r\\nb    | U+000D at 1 (only tab and newline are allowed)",
            "reason                   | ab\\u007F   | U+007F at 2 (only tab and newline are allowed)",
            "alternatives[12].printed | a\\u0085b   | U+0085 at 1 (only tab and newline are allowed)",
            "title                    | a\\uD800b   | an unpaired surrogate at 1",
            "title                    | ab\\uD83D   | an unpaired surrogate at 2",
            "title                    | \\uDE80ab   | an unpaired surrogate at 0",
            "title                    | \\uDE80\\uDE80 | an unpaired surrogate at 0",
            "title                    | a\\uFFFFb   | the noncharacter U+FFFF at 1 (XML, and so a StratML export, cannot hold it)",
            "text                     | ab\\uFFFE   | the noncharacter U+FFFE at 2 (XML, and so a StratML export, cannot hold it)"})
    void refusesControlCharactersUnpairedSurrogatesAndNoncharacters(String field, String escaped, String detail) {
        String value = unescape(escaped);
        assertThatThrownBy(() -> Texts.optional(field, value, 10)).isInstanceOfSatisfying(StrategyException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CHARACTER);
            assertThat(e.getMessage()).isEqualTo(field + " holds " + (detail.startsWith("U+") ? "the control character " : "")
                    + detail);
        });
    }

    /** The prose fields keep tab and newline, and every field keeps a character outside the BMP, at its end too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"text", "statement", "overview", "rationale", "provenance.inferredFrom", "target.text", "uncertainty",
            "chosenReading", "reason", "alternatives[3].printed"})
    void proseKeepsTabsAndNewlines(String field) {
        assertThat(Texts.optional(field, "one\n\ttwo \uD83D\uDE80", 20)).isEqualTo("one\n\ttwo \uD83D\uDE80");
        assertThat(Texts.optional("title", "Mission \uD83D\uDE80", 20)).isEqualTo("Mission \uD83D\uDE80");
    }

    @Test
    void acceptsAndReturnsWhatIsGiven() {
        assertThat(Texts.id("id", "goal-1")).isEqualTo("goal-1");
        assertThat(Texts.required("title", "x".repeat(10), 10)).isEqualTo("x".repeat(10));
        assertThat(Texts.optional("title", "x".repeat(10), 10)).isEqualTo("x".repeat(10));
        assertThat(Texts.optional("title", null, 10)).isNull();
        assertThat(Texts.revised("title", "given", "current", 10)).isEqualTo("given");
        assertThat(Texts.revised("title", null, "current", 10)).isEqualTo("current");
        assertThat(Texts.change(CHANGE, true)).isSameAs(CHANGE);
        Change bare = new Change(DAY, "editor", null, null, ChangeKind.REVISION);
        assertThat(Texts.change(bare, false)).isSameAs(bare);
        assertThatCode(() -> {
            Texts.citation(null);
            Texts.provenance(Given.STATED);
            Texts.provenance(LinkProvenance.inferred("Both name the sharing of intelligence"));
        }).doesNotThrowAnyException();
    }

    /** Typed, so that each rule can be written as a lambda. */
    private static Arguments refusal(String what, ThrowingCallable rule, ErrorCode code) {
        return arguments(what, rule, code);
    }

    /** CSV cannot hold control characters: the rows write them as Java escapes. */
    private static String unescape(String escaped) {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\') {
                value.append(c);
            } else if (escaped.charAt(i + 1) == 'u') {
                value.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                value.append(switch (escaped.charAt(++i)) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> throw new IllegalArgumentException(escaped);
                });
            }
        }
        return value.toString();
    }
}
