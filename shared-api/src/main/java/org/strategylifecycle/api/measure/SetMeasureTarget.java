package org.strategylifecycle.api.measure;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Sets the target of a measure for a period (a fiscal year such as FY2025). */
public record SetMeasureTarget(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String period,
        BigDecimal value,
        String text,
        Change change) {
}
