package org.strategylifecycle.api.stakeholder;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A stakeholder was removed from the plan. */
@Revision("1")
public record StakeholderRemoved(
        String strategyId,
        String stakeholderId,
        Change change) {
}
