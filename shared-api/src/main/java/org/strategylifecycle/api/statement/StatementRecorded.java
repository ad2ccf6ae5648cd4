package org.strategylifecycle.api.statement;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.StatementKind;

/** A labelled statement was recorded for the edition. */
@Revision("1")
public record StatementRecorded(
        String strategyId,
        String elementId,
        StatementKind kind,
        String label,
        String title,
        String text,
        int order,
        Change change) {
}
