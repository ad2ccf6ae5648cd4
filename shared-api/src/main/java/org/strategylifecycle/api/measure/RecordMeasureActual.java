package org.strategylifecycle.api.measure;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Records the actual result of a measure for a period; recording a period again restates it. */
public record RecordMeasureActual(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String period,
        BigDecimal value,
        String text,
        Change change) {
}
