package org.strategylifecycle.api.strategy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;

/** Opens a new edition of a strategic plan as a draft, optionally as the next edition of a line. */
public record DraftStrategy(
        @TargetAggregateIdentifier String strategyId,
        String lineId,
        String title,
        Organization organization,
        Period period,
        boolean referenced,
        Change change) {
}
