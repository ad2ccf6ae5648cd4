package org.strategylifecycle.query.live;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a subscriber is told when the read model has applied a change: the edition and element, the
 * event, its aggregate and sequence number (for an edition: the version a command returned) and its
 * event-store position.
 */
public record ChangeNotice(String strategyId, String elementId, String event, String aggregateId, long sequenceNumber,
                           long position,
                           LocalDate effectiveDate, Instant recordedAt, String actor) {
}
