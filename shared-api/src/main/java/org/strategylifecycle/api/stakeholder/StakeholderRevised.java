package org.strategylifecycle.api.stakeholder;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

import java.util.List;

/** A stakeholder was revised; the event holds all of it after the revision. */
@Revision("1")
public record StakeholderRevised(
        String strategyId,
        String stakeholderId,
        String name,
        String description,
        StakeholderType stakeholderType,
        List<StakeholderRole> roles,
        Change change) {
}
