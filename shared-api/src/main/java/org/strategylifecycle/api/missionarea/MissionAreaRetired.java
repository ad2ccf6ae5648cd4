package org.strategylifecycle.api.missionarea;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A mission area was retired. */
@Revision("1")
public record MissionAreaRetired(
        String strategyId,
        String elementId,
        Change change) {
}
