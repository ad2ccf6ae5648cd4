package org.strategylifecycle.api.stakeholder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Removes a stakeholder from the plan from the change's effective date on. */
public record RemoveStakeholder(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String stakeholderId,
        Change change) {
}
