package org.strategylifecycle.query.link;

import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.query.annotation.AnnotationView;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * A lineage link: an element of a newer edition derives from, replaces or continues an older one. Each
 * side says its edition's status; {@code annotations} are the notes on the link.
 */
public record LineageEdgeView(String lineageId, String strategyId, String elementId, String title, String editionStatus,
                              String relation, String predecessorStrategyId, String predecessorElementId,
                              String predecessorTitle, String predecessorEditionStatus, String basis,
                              @Schema(implementation = Citation.class) JsonNode citation,
                              String inferredFrom, List<AnnotationView> annotations) {
}
