package org.strategylifecycle.api.strategy;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** The edition was published and is in force from the change's effective date. */
@Revision("1")
public record StrategyAdopted(
        String strategyId,
        Change change) {
}
