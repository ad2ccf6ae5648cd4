package org.strategylifecycle.query.live;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a subscriber is told when the read model has applied a change: the edition and element, the
 * event, its aggregate and sequence number (for an edition: the version a command returned) and its
 * event-store position. {@code actor} only for auditors and admins, who may read the history; for
 * the other roles it is left out (docs/adr/0014-live-updates.md).
 */
public record ChangeNotice(String strategyId, String elementId, String event, String aggregateId, long sequenceNumber,
                           long position, LocalDate effectiveDate, Instant recordedAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String actor) {

    ChangeNotice withoutActor() {
        return new ChangeNotice(strategyId, elementId, event, aggregateId, sequenceNumber, position, effectiveDate,
                recordedAt, null);
    }
}
