package org.strategylifecycle.api.objective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Adds an objective under a goal or a mission area (proposed until the edition is adopted). */
public record AdoptObjective(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String parentId,
        String number,
        String title,
        String statement,
        Integer order,
        Change change) {
}
