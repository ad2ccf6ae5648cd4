package org.strategylifecycle.api.identifier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.strategylifecycle.api.common.Change;

/** Records the identifier an element carries in the document it came from, where it cannot be the element's id. */
public record IdentifyElementExternally(
        @TargetAggregateIdentifier String strategyId,
        @TargetAggregateVersion Long expectedVersion,
        String elementId,
        String externalId,
        Change change) {
}
