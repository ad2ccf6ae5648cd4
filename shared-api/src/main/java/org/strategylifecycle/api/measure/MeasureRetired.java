package org.strategylifecycle.api.measure;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A measure was retired. */
@Revision("1")
public record MeasureRetired(
        String strategyId,
        String elementId,
        Change change) {
}
