package org.strategylifecycle.query.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the measure readings read model: a target or an actual of a measure for a period, with
 * the day it took effect and when it was recorded; {@code replaces}: it restates an earlier reading of
 * its measure and period.
 */
public record ReadingRow(String strategyId, long sequenceNumber, String elementId, Kind kind, String period,
                         BigDecimal value, String text, boolean replaces, LocalDate effectiveDate, Instant recordedAt) {

    /** The table's kinds of reading (its check constraint). */
    public enum Kind { TARGET, ACTUAL }
}
