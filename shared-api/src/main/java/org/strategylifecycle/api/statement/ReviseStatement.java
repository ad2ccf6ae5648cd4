package org.strategylifecycle.api.statement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Rewords a statement from the change's effective date on; omitted fields stay as they are. */
public record ReviseStatement(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String label,
        String title,
        String text,
        Change change) {
}
