package org.strategylifecycle.api.correction;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ElementType;

/** A recording mistake in an element was fixed; the event holds the element's full corrected content. */
@Revision("1")
public record ElementCorrected(
        String strategyId,
        String elementId,
        ElementType elementType,
        String number,
        String title,
        String label,
        String text,
        String overview,
        Change change) {
}
