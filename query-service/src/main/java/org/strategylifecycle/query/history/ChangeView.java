package org.strategylifecycle.query.history;

import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.Citation;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded change: what (event, element), when in the world (effective date) and in the record
 * (recorded time), who, why, from which source, whether a revision or a correction, and the
 * element's values before and after.
 */
public record ChangeView(
        long position,
        String aggregateId,
        long sequenceNumber,
        String strategyId,
        String elementId,
        String elementType,
        String event,
        String kind,
        LocalDate effectiveDate,
        Instant recordedAt,
        String actor,
        String rationale,
        @Schema(implementation = Citation.class) JsonNode source,
        @Schema(implementation = Object.class, description = "The element's or link's values before the change")
        JsonNode before,
        @Schema(implementation = Object.class, description = "The element's or link's values after the change")
        JsonNode after) {
}
