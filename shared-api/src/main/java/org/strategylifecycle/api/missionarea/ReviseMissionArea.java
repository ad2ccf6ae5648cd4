package org.strategylifecycle.api.missionarea;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Revises a mission area; omitted fields stay as they are. */
public record ReviseMissionArea(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String number,
        String title,
        String statement,
        Change change) {
}
