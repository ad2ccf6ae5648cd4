package org.strategylifecycle.api.measure;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.MeasureType;

/** A measure was revised; the event holds its full content after the revision. */
@Revision("1")
public record MeasureRevised(
        String strategyId,
        String elementId,
        String number,
        String title,
        String statement,
        MeasureType measureType,
        String printedType,
        String unit,
        Change change) {
}
