package org.strategylifecycle.api.alignment;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** An alignment was removed. */
@Revision("1")
public record AlignmentRemoved(
        String strategyId,
        String alignmentId,
        String elementId,
        Change change) {
}
