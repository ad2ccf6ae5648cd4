package org.strategylifecycle.api.line;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategylifecycle.api.common.Change;

/** Starts a series of editions of one strategy. */
public record EstablishStrategyLine(
        @TargetAggregateIdentifier String lineId,
        String title,
        String organizationCode,
        Change change) {
}
