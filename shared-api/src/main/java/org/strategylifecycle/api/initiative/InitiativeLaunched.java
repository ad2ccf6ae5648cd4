package org.strategylifecycle.api.initiative;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** An initiative was launched under an objective. */
@Revision("1")
public record InitiativeLaunched(
        String strategyId,
        String elementId,
        String parentId,
        String number,
        String title,
        String statement,
        int order,
        Change change) {
}
