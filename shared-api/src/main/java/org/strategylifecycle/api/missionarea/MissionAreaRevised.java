package org.strategylifecycle.api.missionarea;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A mission area was revised; the event holds its full content after the revision. */
@Revision("1")
public record MissionAreaRevised(
        String strategyId,
        String elementId,
        String number,
        String title,
        String statement,
        Change change) {
}
