package org.strategylifecycle.query.dashboard;

import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The recorded time ({@code knownAt}) a page is asked for: an instant as the API takes it
 * ({@code 2024-03-01T12:00:00Z}), or what a browser's date-and-time field sends ({@code 2024-03-01T12:00}),
 * read as UTC, which the page says.
 */
public final class TimeParameters {

    private TimeParameters() {
    }

    public static Instant knownAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? Instant.parse(value) : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new StrategyException(ErrorCode.INVALID_DATE,
                    "knownAt is not a date and time (e.g. 2024-01-31T12:00 in UTC, or 2024-01-31T12:00:00Z)");
        }
    }

    /** The value a date-and-time field shows for {@code knownAt} (UTC, to the minute or second). */
    public static String field(Instant knownAt) {
        if (knownAt == null) {
            return "";
        }
        LocalDateTime time = LocalDateTime.ofInstant(knownAt, ZoneOffset.UTC);
        return time.getSecond() == 0 && time.getNano() == 0 ? time.toString().substring(0, 16) : time.withNano(0).toString();
    }
}
