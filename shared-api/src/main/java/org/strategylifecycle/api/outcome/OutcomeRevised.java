package org.strategylifecycle.api.outcome;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A desired outcome was reworded; the event holds its full content after the revision. */
@Revision("1")
public record OutcomeRevised(
        String strategyId,
        String elementId,
        String number,
        String title,
        String statement,
        Change change) {
}
