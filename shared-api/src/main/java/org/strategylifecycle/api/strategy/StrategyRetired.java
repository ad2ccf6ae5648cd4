package org.strategylifecycle.api.strategy;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** The edition was withdrawn or expired without a successor. */
@Revision("1")
public record StrategyRetired(
        String strategyId,
        Change change) {
}
