package org.strategylifecycle.api.stakeholder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

import java.util.List;

/** Revises a stakeholder from the change's effective date on; omitted fields (null) stay as they are. */
public record ReviseStakeholder(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String stakeholderId,
        String name,
        String description,
        StakeholderType stakeholderType,
        List<StakeholderRole> roles,
        Change change) {
}
