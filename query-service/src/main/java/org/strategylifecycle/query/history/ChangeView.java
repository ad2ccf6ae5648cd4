package org.strategylifecycle.query.history;

import io.swagger.v3.oas.annotations.media.Schema;
import org.strategylifecycle.api.common.Citation;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded change: what (event, element), when in the world (effective date) and in the record
 * (recorded time), who, why, from which source, whether a revision or a correction, and the
 * element's values before and after; and the event's hash in its edition's chain, which
 * {@code GET /api/verify/strategies/{id}?hash=} on command-service finds again (docs/tamper-evidence.md).
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
        JsonNode after,
        @Schema(description = "The hash of the event in its stream's chain (docs/tamper-evidence.md)")
        String chainHash) {
}
