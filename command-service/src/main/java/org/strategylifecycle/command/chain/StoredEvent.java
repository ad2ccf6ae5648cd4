package org.strategylifecycle.command.chain;

import org.strategylifecycle.eventstore.EventChain;

/**
 * An event as read back from the store, with the chain values it carries in its metadata (null for
 * an event appended before chaining began). {@code globalIndex} is -1 where the store does not say
 * (Axon Server's per-aggregate reads).
 */
record StoredEvent(long globalIndex, EventChain.Content content, String recordedHash, String recordedPrevious) {

    String eventIdentifier() {
        return content.eventIdentifier();
    }

    String aggregateIdentifier() {
        return content.aggregateIdentifier();
    }

    long sequenceNumber() {
        return content.sequenceNumber();
    }
}
