package org.strategylifecycle.api.stakeholder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

import java.util.List;

/** Records a stakeholder of the edition's organization ({@code holderId} null), of a goal or of an objective. */
public record RecordStakeholder(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String stakeholderId,
        String holderId,
        String name,
        String description,
        StakeholderType stakeholderType,
        List<StakeholderRole> roles,
        Integer order,
        Change change) {
}
