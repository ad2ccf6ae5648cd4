package org.strategylifecycle.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.eventstore.EventChain;

import java.time.Instant;

/**
 * Where and when an event was recorded: its aggregate and sequence number (the key that makes a
 * redelivered event recognisable), its position in the event store, the recorded time, and the hash
 * that chains it into its stream (null for an event stored before chaining began; docs/adr/0019).
 */
public record Recorded(String aggregateId, long sequenceNumber, long globalIndex, Instant recordedAt, String eventType,
                Change change, String chainHash) {

    public static Recorded of(DomainEventMessage<?> message, Change change) {
        long position = message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : -1;
        return new Recorded(message.getAggregateIdentifier(), message.getSequenceNumber(), position,
                message.getTimestamp(), message.getPayloadType().getSimpleName(), change,
                (String) message.getMetaData().get(EventChain.HASH));
    }
}
