package org.strategylifecycle.api.line;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;

/** A series of editions of one strategy was started. */
@Revision("1")
public record StrategyLineEstablished(
        String lineId,
        String title,
        String organizationCode,
        Change change) {
}
