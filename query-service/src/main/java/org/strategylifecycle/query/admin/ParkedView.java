package org.strategylifecycle.query.admin;

import java.util.List;

/**
 * The events a projection has parked (Axon's dead-letter queue): per sequence (an edition, or a
 * line) the event that could not be applied, with its error, and how many of the sequence's events
 * wait behind it. {@code sequences} counts them all; {@code parked} lists the first 100.
 */
public record ParkedView(long sequences, long events, List<Sequence> parked) {

    /**
     * A parked sequence: the aggregate, its first parked event (sequence number, event-store
     * position, type) with the error it met, when it was parked and last retried, and the number
     * of its events parked in all.
     */
    public record Sequence(String aggregateId, long events, long sequenceNumber, long position, String eventType,
                           String errorType, String error, String parkedAt, String lastTried) {
    }
}
