package org.strategylifecycle.command.chain;

/**
 * What the verifier found, for the whole store or one edition: either intact up to a position and
 * hash, or the first event or link that does not match and why. {@code position} and {@code hash} are
 * the store chain's (whole store) or the stream's sequence number and hash (one edition);
 * {@code unchained} counts events appended before chaining began, hashed as stored;
 * {@code notYetLinked} events the chain keeper has not reached yet, checked by their streams alone.
 */
public record Verdict(boolean intact, String scope, String verdict, Long position, Long globalIndex,
                      Long sequenceNumber, String hash, long events, long unchained, long linked, long notYetLinked,
                      Problem problem, Copy copy) {

    /** The first event (or link) that does not match, and why. */
    public record Problem(String eventIdentifier, String aggregateIdentifier, Long sequenceNumber, Long globalIndex,
                          Long position, String reason) {
    }

    /** Whether a hash carried by a copy (an export, a history) is one of this intact stream's, and at which event. */
    public record Copy(String hash, boolean found, Long sequenceNumber) {
    }
}
