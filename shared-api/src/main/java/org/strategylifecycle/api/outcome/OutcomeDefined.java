package org.strategylifecycle.api.outcome;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A desired outcome of a goal or an objective was defined. */
@Revision("1")
public record OutcomeDefined(
        String strategyId,
        String elementId,
        String parentId,
        String number,
        String title,
        String statement,
        int order,
        Change change) {
}
