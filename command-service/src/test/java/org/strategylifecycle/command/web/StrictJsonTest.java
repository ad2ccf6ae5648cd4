package org.strategylifecycle.command.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates in request bodies: exactly yyyy-MM-dd and a real calendar day, read by Jackson with leniency off and only as ten characters. */
class StrictJsonTest {

    private record Body(LocalDate effectiveDate) {
    }

    private final JsonMapper json = strictMapper();

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-28", "2024-02-29", "0001-01-01", "9999-12-31", "2020-12-01"})
    void readsACalendarDate(String date) {
        assertThat(read('"' + date + '"')).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2021-02-30\"", "\"2023-02-29\"", "\"2021-13-01\"", "\"2021-00-10\"", "\"2021-01-00\"",
            "\"20210228\"", "\"2021-2-28\"", "\"2021/02/28\"", "\"+102024-01-01\"", "\"２０２１-02-28\"", "\"2021-02-28 \"",
            "\"\"", "19000", "[2021, 2, 28]", "\"2021-02-28T00:00\"", "\" 2021-02-28\""})
    void refusesAnythingElse(String value) {
        assertThatThrownBy(() -> read(value))
                .isInstanceOfSatisfying(MismatchedInputException.class,
                        e -> assertThat(e.getTargetType()).isEqualTo(LocalDate.class));
    }

    private LocalDate read(String value) {
        return json.readValue("{\"effectiveDate\": " + value + "}", Body.class).effectiveDate();
    }

    private static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJson().strictRequestBodies().customize(builder);
        return builder.build();
    }
}
