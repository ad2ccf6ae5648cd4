package org.strategylifecycle.api.imports;

import org.axonframework.commandhandling.RoutingKey;
import org.strategylifecycle.api.common.Change;

/**
 * Records a plan read from a StratML document as a new draft edition, in one unit of work: the
 * draft, then every element, stakeholder, external identifier, reading, link and annotation, each
 * decided as its own command would be. {@code strategyId} is the client's, or null: the handler then
 * takes the document's id or one made from the plan's name and period. {@code change} is that of
 * every change recorded; an element's {@code section} becomes its citation's section.
 */
public record ImportPlan(
        @RoutingKey String strategyId,
        String lineId,
        Change change,
        ImportedPlan plan) {
}
