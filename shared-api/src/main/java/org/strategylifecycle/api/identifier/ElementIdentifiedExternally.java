package org.strategylifecycle.api.identifier;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** An element was identified by the identifier it carries in the document it came from. */
@Revision("1")
public record ElementIdentifiedExternally(
        String strategyId,
        String elementId,
        String externalId,
        Change change) {
}
