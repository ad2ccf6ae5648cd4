package org.strategylifecycle.api.missionarea;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Retires a mission area whose objectives are all retired. */
public record RetireMissionArea(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        Change change) {
}
