package org.strategylifecycle.query.history;

/**
 * The last event of an edition's stream that a read reflects, and its hash in the edition's chain:
 * {@code GET /api/verify/strategies/{id}?hash=} on command-service says whether that history is still
 * intact and that this is one of its events. The hash is null for events stored before chaining began.
 */
public record ChainHead(long sequenceNumber, String hash) {
}
