package org.strategylifecycle.command.chain;

/** One link of the store-wide chain (table event_chain), and the link hash of the one before it. */
record StoredLink(long position, long globalIndex, String eventIdentifier, String aggregateIdentifier,
                  long sequenceNumber, String eventHash, String linkHash, String previousLinkHash) {
}
