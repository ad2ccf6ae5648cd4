package org.strategylifecycle.query.summary;

import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.query.edition.ReadingView;
import org.strategylifecycle.query.edition.StrategySummaryView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An edition in numbers, as of {@code asOf} as known at {@code knownAt} (both null: now):
 * {@code counts} per kind of element and status (only the pairs that occur), and per measure its
 * latest target and latest actual ({@code latestReadings}; a measure without either is left out).
 */
public record EditionSummaryView(
        StrategySummaryView strategy,
        LocalDate asOf,
        Instant knownAt,
        long position,
        List<Count> counts,
        int measures,
        List<LatestReading> latestReadings) {

    public record Count(ElementType type, ElementStatus status, int count) {
    }

    public record LatestReading(String elementId, String number, String title, String unit, ReadingView target,
                                ReadingView actual) {
    }
}
