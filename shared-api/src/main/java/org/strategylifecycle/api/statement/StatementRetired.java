package org.strategylifecycle.api.statement;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A statement was withdrawn from the edition. */
@Revision("1")
public record StatementRetired(
        String strategyId,
        String elementId,
        Change change) {
}
