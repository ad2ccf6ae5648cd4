package org.strategylifecycle.api.measure;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** The actual result of a measure for a period was reported, or restated ({@code restated} is true). */
@Revision("1")
public record MeasureActualRecorded(
        String strategyId,
        String elementId,
        String period,
        BigDecimal value,
        String text,
        boolean restated,
        Change change) {
}
