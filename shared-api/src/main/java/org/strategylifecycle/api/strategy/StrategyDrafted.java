package org.strategylifecycle.api.strategy;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;

/** A new edition was opened as a draft; {@code referenced} marks a plan known only from what other documents quote of it. */
@Revision("1")
public record StrategyDrafted(
        String strategyId,
        String lineId,
        String title,
        Organization organization,
        Period period,
        boolean referenced,
        Change change) {
}
