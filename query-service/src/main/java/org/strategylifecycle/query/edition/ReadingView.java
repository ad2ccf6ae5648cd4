package org.strategylifecycle.query.edition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A target or actual of a measure for a period; {@code replaces} marks a restatement. */
public record ReadingView(String period, BigDecimal value, String text, boolean replaces, LocalDate effectiveDate,
                          Instant recordedAt) {
}
