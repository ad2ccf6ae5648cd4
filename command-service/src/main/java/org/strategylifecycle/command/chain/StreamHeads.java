package org.strategylifecycle.command.chain;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.strategylifecycle.eventstore.EventChain;

import java.util.Map;

/**
 * The hash each aggregate stream ends with. Remembered per stream after each commit, so a command on
 * a stream this instance wrote last needs no read; otherwise (another instance wrote it, or it was
 * evicted) the stream's last event is read. A stream whose events were all appended before chaining
 * began is hashed as stored, from its first event: its chain starts there.
 */
final class StreamHeads {

    /** Streams remembered, least recently used dropped first: about 200 bytes each. */
    static final int REMEMBERED = 10_000;

    record Head(long sequenceNumber, String hash) {
    }

    private final EventStore store;
    private final Serializer serializer;
    private final Recent<String, Head> remembered = new Recent<>(REMEMBERED);

    StreamHeads(EventStore store, Serializer serializer) {
        this.store = store;
        this.serializer = serializer;
    }

    /** The hash of event {@code sequence - 1} of the stream, which event {@code sequence} is chained to. */
    String hashBefore(String aggregate, long sequence) {
        if (sequence == 0) {
            return EventChain.GENESIS;
        }
        Head head = remembered.get(aggregate);
        if (head != null && head.sequenceNumber() == sequence - 1) {
            return head.hash();
        }
        return read(aggregate, sequence - 1);
    }

    void remember(Map<String, Head> heads) {
        remembered.putAll(heads);
    }

    private String read(String aggregate, long sequence) {
        DomainEventStream last = store.readEvents(aggregate, sequence);
        if (last.hasNext()) {
            Object hash = last.next().getMetaData().get(EventChain.HASH);
            if (hash != null) {
                return hash.toString();
            }
        }
        String previous = EventChain.GENESIS;
        DomainEventStream stream = store.readEvents(aggregate, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() > sequence) {
                break;
            }
            Object hash = event.getMetaData().get(EventChain.HASH);
            previous = hash != null ? hash.toString() : EventChain.eventHash(previous, MessageContents.of(event, serializer));
        }
        return previous;
    }
}
