package org.strategylifecycle.api.alignment;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.LinkProvenance;

/** An element of the edition was aligned to a target it supports. */
@Revision("1")
public record ObjectiveAligned(
        String strategyId,
        String alignmentId,
        String elementId,
        AlignmentTarget target,
        LinkProvenance provenance,
        Change change) {
}
