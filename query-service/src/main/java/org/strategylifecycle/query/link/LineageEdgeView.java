package org.strategylifecycle.query.link;

import tools.jackson.databind.JsonNode;

/** A lineage link: an element of a newer edition derives from, replaces or continues an older one. */
public record LineageEdgeView(String strategyId, String elementId, String title, String relation,
                              String predecessorStrategyId, String predecessorElementId, String predecessorTitle,
                              String basis, JsonNode citation, String inferredFrom) {
}
