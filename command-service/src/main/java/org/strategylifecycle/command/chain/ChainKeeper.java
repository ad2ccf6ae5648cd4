package org.strategylifecycle.command.chain;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strategylifecycle.eventstore.EventChain;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Links every event, in the order the store hands them out, into one store-wide chain (table
 * {@code event_chain}): a tracking processor with a single segment, so one thread of one instance
 * links, and each batch's links commit with its token. It recomputes each event's hash from the
 * event as stored (chained to the link of the stream's previous event), so the chain is a second,
 * independent record of every event, written shortly after the event was stored (docs/adr/0019).
 */
@ProcessingGroup(ChainKeeper.GROUP)
class ChainKeeper {

    static final String GROUP = "event-chain";
    private static final String LAST = ChainKeeper.class.getName() + ".last";
    private static final int REMEMBERED = 10_000;

    private record Last(long position, String linkHash) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    /** Event hashes by (aggregate, sequence number): facts of stored events, never stale. */
    private final Recent<String, String> eventHashes = new Recent<>(REMEMBERED);

    ChainKeeper(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Takes the message, not its payload: the keeper never deserializes an event, so it links any it can read. */
    @EventHandler
    void link(DomainEventMessage<?> event, TrackingToken token) {
        // The chain's end is read once per batch, never kept across batches: the segment's claim may
        // have passed to another instance (and back) in between.
        AtomicReference<Last> last = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(LAST, key -> new AtomicReference<>(readLast()))
                : new AtomicReference<>(readLast());
        Last before = last.get();
        String eventHash = EventChain.eventHash(hashBefore(event), MessageContents.of(event, serializer));
        long position = before.position() + 1;
        long globalIndex = token.position().orElseThrow();
        String linkHash = EventChain.linkHash(before.linkHash(), position, globalIndex, event.getIdentifier(), eventHash);
        // An event already linked (an instance whose claim lapsed under load linked it too) is left
        // as linked: the keeper is idempotent, so no redelivery can stop the chain.
        int linked = jdbc.update("""
                        insert into event_chain (position, global_index, event_identifier, aggregate_identifier,
                            sequence_number, event_hash, link_hash) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (global_index) do nothing""",
                position, globalIndex, event.getIdentifier(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), eventHash, linkHash);
        last.set(linked == 1 ? new Last(position, linkHash) : readLast());
        eventHashes.put(key(event.getAggregateIdentifier(), event.getSequenceNumber()), eventHash);
    }

    private Last readLast() {
        List<Last> rows = jdbc.query("select position, link_hash from event_chain order by position desc limit 1",
                (rs, n) -> new Last(rs.getLong(1), rs.getString(2)));
        return rows.isEmpty() ? new Last(0, EventChain.GENESIS) : rows.get(0);
    }

    /**
     * The linked hash of the stream's previous event. Should it be missing from the chain (removed
     * before it was linked), the event's own recorded link is taken, and the verifier reports the gap.
     */
    private String hashBefore(DomainEventMessage<?> event) {
        long sequence = event.getSequenceNumber();
        if (sequence == 0) {
            return EventChain.GENESIS;
        }
        String aggregate = event.getAggregateIdentifier();
        String remembered = eventHashes.get(key(aggregate, sequence - 1));
        if (remembered != null) {
            return remembered;
        }
        List<String> linked = jdbc.queryForList(
                "select event_hash from event_chain where aggregate_identifier = ? and sequence_number = ?",
                String.class, aggregate, sequence - 1);
        if (!linked.isEmpty()) {
            return linked.get(0);
        }
        Object recorded = event.getMetaData().get(EventChain.PREVIOUS);
        return recorded != null ? recorded.toString() : EventChain.GENESIS;
    }

    private static String key(String aggregate, long sequence) {
        return sequence + "/" + aggregate;
    }
}
