package org.strategylifecycle.api.objective;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** An objective was revised; the event holds its full content after the revision. */
@Revision("1")
public record ObjectiveRevised(
        String strategyId,
        String elementId,
        String parentId,
        String number,
        String title,
        String statement,
        Change change) {
}
