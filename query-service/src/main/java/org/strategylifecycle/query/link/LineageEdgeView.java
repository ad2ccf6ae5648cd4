package org.strategylifecycle.query.link;

import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.Citation;
import tools.jackson.databind.JsonNode;

/** A lineage link: an element of a newer edition derives from, replaces or continues an older one. */
public record LineageEdgeView(String strategyId, String elementId, String title, String relation,
                              String predecessorStrategyId, String predecessorElementId, String predecessorTitle,
                              String basis, @Schema(implementation = Citation.class) JsonNode citation, String inferredFrom) {
}
