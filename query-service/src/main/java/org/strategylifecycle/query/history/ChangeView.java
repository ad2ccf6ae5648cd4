package org.strategylifecycle.query.history;

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
        JsonNode source,
        JsonNode before,
        JsonNode after,
        String chainHash) {
}
