package org.strategylifecycle.api.statement;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A statement was reworded; the event holds its full text after the revision. */
@Revision("1")
public record StatementRevised(
        String strategyId,
        String elementId,
        String label,
        String title,
        String text,
        Change change) {
}
