package org.strategylifecycle.api.stakeholder;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

import java.util.List;

/** A stakeholder was recorded: of the organization ({@code holderId} null), a goal or an objective. */
@Revision("1")
public record StakeholderRecorded(
        String strategyId,
        String stakeholderId,
        String holderId,
        String name,
        String description,
        StakeholderType stakeholderType,
        List<StakeholderRole> roles,
        int order,
        Change change) {
}
