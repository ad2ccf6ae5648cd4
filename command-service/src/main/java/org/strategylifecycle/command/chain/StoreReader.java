package org.strategylifecycle.command.chain;

import java.util.function.Predicate;

/** Reads the events as the store keeps them, pushing each to a sink until it answers false. */
interface StoreReader {

    /** Every event, in the store's global order. */
    void events(Predicate<StoredEvent> sink);

    /** One aggregate's events, in sequence order. */
    void eventsOf(String aggregateIdentifier, Predicate<StoredEvent> sink);
}
