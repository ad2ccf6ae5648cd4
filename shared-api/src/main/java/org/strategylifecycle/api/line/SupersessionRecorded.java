package org.strategylifecycle.api.line;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.LinkProvenance;

/** The line recorded that a newer edition supersedes an older one. */
@Revision("1")
public record SupersessionRecorded(
        String lineId,
        String supersededStrategyId,
        String supersedingStrategyId,
        LinkProvenance provenance,
        Change change) {
}
