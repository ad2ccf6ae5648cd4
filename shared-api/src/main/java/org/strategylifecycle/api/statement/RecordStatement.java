package org.strategylifecycle.api.statement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.StatementKind;

/** Records a labelled statement of the edition (vision, mission, aspiration, core value, theme, ethos) under the label the document prints. */
public record RecordStatement(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        StatementKind kind,
        String label,
        String title,
        String text,
        Integer order,
        Change change) {
}
