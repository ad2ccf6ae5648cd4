package org.strategylifecycle.api.measure;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** The target of a measure for a period was set, or replaced ({@code replaced} is true). */
@Revision("1")
public record MeasureTargetSet(
        String strategyId,
        String elementId,
        String period,
        BigDecimal value,
        String text,
        boolean replaced,
        Change change) {
}
