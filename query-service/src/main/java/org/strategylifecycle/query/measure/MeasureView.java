package org.strategylifecycle.query.measure;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A measure with every target and actual as first reported and as later restated, in recording order. */
public record MeasureView(String strategyId, String elementId, String parentId, String number, String title,
                          String measureType, String printedType, String unit, String status,
                          List<Reading> targets, List<Reading> actuals) {

    @Schema(name = "MeasureReading")
    public record Reading(String period, BigDecimal value, String text, boolean restatement,
                          LocalDate effectiveDate, Instant recordedAt, long sequenceNumber) {
    }
}
