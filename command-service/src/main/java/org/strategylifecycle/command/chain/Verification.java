package org.strategylifecycle.command.chain;

import org.strategylifecycle.eventstore.EventChain;

import java.util.HashMap;
import java.util.Map;

/**
 * Checks events and links pushed to it one at a time, in store order (whole store) or in stream
 * order (one edition), and stops at the first that does not match. Each {@code accept} answers
 * whether to go on. Holds one entry per stream and, for the store check, one per event (its
 * identifier and hash, about 200 bytes), to match the links against.
 */
final class Verification {

    private record Stream(long sequenceNumber, String hash, boolean chained) {
    }

    private record Seen(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String hash) {
    }

    private final String scope;
    private final boolean wholeStore;
    private final Map<String, Stream> streams = new HashMap<>();
    /** Checked events not yet matched by a link: by global index (whole store) or by sequence number. */
    private final Map<Long, Seen> unlinked = new HashMap<>();
    /** One edition's hashes, to tell which event a copy's hash belongs to. */
    private final Map<String, Verdict.Copy> copies = new HashMap<>();
    private long events;
    private long unchained;
    private long linked;
    private Verdict.Problem problem;
    private StoredLink lastLink;
    private Stream lastStream;
    private long lastGlobalIndex = -1;

    private Verification(String scope, boolean wholeStore) {
        this.scope = scope;
        this.wholeStore = wholeStore;
    }

    static Verification ofStore() {
        return new Verification("store", true);
    }

    static Verification ofStream(String aggregateIdentifier) {
        return new Verification("strategy " + aggregateIdentifier, false);
    }

    boolean accept(StoredEvent event) {
        Stream stream = streams.get(event.aggregateIdentifier());
        long expected = stream == null ? 0 : stream.sequenceNumber() + 1;
        if (event.sequenceNumber() != expected) {
            return fail(event, stream == null
                    ? "the stream starts at sequence number %d: its first events are missing".formatted(event.sequenceNumber())
                    : "sequence number %d follows %d in its stream: an event is missing, or rows were reordered"
                    .formatted(event.sequenceNumber(), stream.sequenceNumber()));
        }
        String previous = stream == null ? EventChain.GENESIS : stream.hash();
        String hash = EventChain.eventHash(previous, event.content());
        boolean chained = event.recordedHash() != null;
        if (!chained) {
            if (stream != null && stream.chained()) {
                return fail(event, "it carries no chain hash although the events before it in its stream do: "
                        + "its chain values were removed");
            }
            unchained++;
        } else {
            if (event.recordedPrevious() != null && !event.recordedPrevious().equals(previous)) {
                return fail(event, ("it was chained to %s, but the event before it in its stream now hashes to %s: "
                        + "that event was replaced or removed").formatted(event.recordedPrevious(), previous));
            }
            if (!hash.equals(event.recordedHash())) {
                return fail(event, ("its content does not match its hash: its payload, metadata or identity was "
                        + "altered after it was stored (recorded %s, recomputed %s)").formatted(event.recordedHash(), hash));
            }
        }
        Stream now = new Stream(event.sequenceNumber(), hash, chained || (stream != null && stream.chained()));
        streams.put(event.aggregateIdentifier(), now);
        lastStream = now;
        lastGlobalIndex = event.globalIndex();
        events++;
        if (!wholeStore) {
            copies.put(hash, new Verdict.Copy(hash, true, event.sequenceNumber()));
        }
        unlinked.put(key(event.globalIndex(), event.sequenceNumber()),
                new Seen(event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(), hash));
        return true;
    }

    boolean accept(StoredLink link) {
        String previousLink;
        if (wholeStore) {
            if (link.position() != (lastLink == null ? 1 : lastLink.position() + 1)) {
                return fail(link, "the store chain jumps from position %d to %d: links were removed"
                        .formatted(lastLink == null ? 0 : lastLink.position(), link.position()));
            }
            previousLink = lastLink == null ? EventChain.GENESIS : lastLink.linkHash();
        } else {
            if (link.position() > 1 && link.previousLinkHash() == null) {
                return fail(link, "the link before position %d is missing from the store chain".formatted(link.position()));
            }
            previousLink = link.position() == 1 ? EventChain.GENESIS : link.previousLinkHash();
        }
        String recomputed = EventChain.linkHash(previousLink, link.position(), link.globalIndex(),
                link.eventIdentifier(), link.eventHash());
        if (!recomputed.equals(link.linkHash())) {
            return fail(link, "the store chain's link at position %d does not match its hash: the chain table was altered"
                    .formatted(link.position()));
        }
        Seen seen = unlinked.remove(key(link.globalIndex(), link.sequenceNumber()));
        if (seen == null) {
            return fail(link, ("event %s (sequence %d), linked at position %d, is no longer in the store: "
                    + "it was deleted or moved").formatted(link.eventIdentifier(), link.sequenceNumber(), link.position()));
        }
        if (!seen.eventIdentifier().equals(link.eventIdentifier())) {
            return fail(link, "%s now holds event %s, but the chain linked event %s there: rows were reordered or replaced"
                    .formatted(wholeStore ? "global index " + link.globalIndex() : "sequence number " + link.sequenceNumber(),
                            seen.eventIdentifier(), link.eventIdentifier()));
        }
        if (!seen.hash().equals(link.eventHash())) {
            return fail(link, ("event %s hashes to %s now, but to %s when it was linked at position %d: it was altered "
                    + "and its stream's hashes recomputed").formatted(link.eventIdentifier(), seen.hash(),
                    link.eventHash(), link.position()));
        }
        lastLink = link;
        linked++;
        return true;
    }

    /** The answer, once everything was accepted (or the first failure stopped it). */
    Verdict verdict(String copyHash) {
        if (problem != null) {
            String where = problem.eventIdentifier() == null ? "" : "event %s (aggregate %s, sequence %d%s): ".formatted(
                    problem.eventIdentifier(), problem.aggregateIdentifier(), problem.sequenceNumber(),
                    problem.globalIndex() == null || problem.globalIndex() < 0 ? "" : ", global index " + problem.globalIndex());
            // The counts stop at the finding: what was not reached is neither linked nor awaiting a link.
            return new Verdict(false, scope, "NOT INTACT at " + where + problem.reason(), null, null, null, null,
                    events, unchained, linked, 0, problem, null);
        }
        if (wholeStore) {
            String head = lastLink == null ? "nothing linked yet" : "intact up to position %d (global index %d), hash %s"
                    .formatted(lastLink.position(), lastLink.globalIndex(), lastLink.linkHash());
            String rest = unlinked.isEmpty() ? "" : "; %d later events not linked yet, their streams intact (up to global index %d)"
                    .formatted(unlinked.size(), lastGlobalIndex);
            return new Verdict(true, scope, head + rest, lastLink == null ? 0L : lastLink.position(),
                    lastLink == null ? null : lastLink.globalIndex(), null, lastLink == null ? null : lastLink.linkHash(),
                    events, unchained, linked, unlinked.size(), null, null);
        }
        String verdict = "intact up to sequence %d, hash %s".formatted(lastStream.sequenceNumber(), lastStream.hash())
                + (lastLink == null ? "; not linked into the store chain yet"
                : "; linked into the store chain up to position %d".formatted(lastLink.position()));
        return new Verdict(true, scope, verdict, lastLink == null ? null : lastLink.position(), null,
                lastStream.sequenceNumber(), lastStream.hash(), events, unchained, linked, unlinked.size(), null,
                copyHash == null ? null : copy(copyHash));
    }

    boolean empty() {
        return events == 0 && problem == null;
    }

    private Verdict.Copy copy(String hash) {
        return copies.getOrDefault(hash, new Verdict.Copy(hash, false, null));
    }

    private long key(long globalIndex, long sequenceNumber) {
        return wholeStore ? globalIndex : sequenceNumber;
    }

    private boolean fail(StoredEvent event, String reason) {
        problem = new Verdict.Problem(event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(),
                event.globalIndex(), null, reason);
        return false;
    }

    private boolean fail(StoredLink link, String reason) {
        problem = new Verdict.Problem(link.eventIdentifier(), link.aggregateIdentifier(), link.sequenceNumber(),
                link.globalIndex(), link.position(), reason);
        return false;
    }
}
