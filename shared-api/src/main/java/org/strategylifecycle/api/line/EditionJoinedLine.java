package org.strategylifecycle.api.line;

import org.axonframework.serialization.Revision;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.Period;

/** An edition was drafted as a member of the line. */
@Revision("1")
public record EditionJoinedLine(
        String lineId,
        String strategyId,
        Period period,
        Change change) {
}
