package org.strategylifecycle.api.measure;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.MeasureType;

/** A performance measure was defined; {@code printedType} keeps the type as the document prints it. */
@Revision("1")
public record MeasureDefined(
        String strategyId,
        String elementId,
        String parentId,
        String number,
        String title,
        String statement,
        MeasureType measureType,
        String printedType,
        String unit,
        int order,
        Change change) {
}
