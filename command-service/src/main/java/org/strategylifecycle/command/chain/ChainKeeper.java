package org.strategylifecycle.command.chain;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strategylifecycle.eventstore.EventChain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Set;

/**
 * Links every event, in the order the store hands them out, into one store-wide chain (table
 * {@code event_chain}): a tracking processor with a single segment, so one thread of one instance
 * links, and each batch's links commit with its token. It recomputes each event's hash from the
 * event as stored (chained to the link of the stream's previous event), so the chain is a second,
 * independent record of every event, written shortly after the event was stored (docs/adr/0019).
 * A batch's links are written together when it commits: one statement per event cost PostgreSQL
 * 0.1-0.3 ms per command, against 0.35 ms for the commands' own work (docs/benchmarks.md, "Figures:
 * the chain keeper's links per batch").
 * <p>
 * Each link names the event's own global index. Axon Server's token is the event's position. On
 * PostgreSQL, positions are handed out before transactions commit, so an event can appear after
 * events with higher positions; the gap-aware token it arrives with names the highest position seen
 * (it shares it with the event that opened the gap), so there each event's position is read from
 * {@code domain_event_entry}, for a whole batch in one query.
 */
@ProcessingGroup(ChainKeeper.GROUP)
class ChainKeeper {

    static final String GROUP = "event-chain";
    private static final String BATCH = ChainKeeper.class.getName() + ".batch";
    private static final int REMEMBERED = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ChainKeeper.class);

    private record Last(long position, String linkHash) {
    }

    /** An event read and hashed, to be linked when its batch commits. */
    private record Unlinked(long tokenPosition, String identifier, String aggregateIdentifier, long sequenceNumber,
                            String eventHash) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    /** Whether the token's position is the event's own (Axon Server), or must be read from the store (PostgreSQL). */
    private final boolean positionInToken;
    /** Event hashes by (aggregate, sequence number): facts of stored events, never stale. */
    private final Recent<String, String> eventHashes = new Recent<>(REMEMBERED);

    ChainKeeper(JdbcTemplate jdbc, Serializer serializer, boolean positionInToken) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.positionInToken = positionInToken;
    }

    /** Takes the message, not its payload: the keeper never deserializes an event, so it links any it can read. */
    @EventHandler
    void link(DomainEventMessage<?> event, TrackingToken token) {
        String eventHash = EventChain.eventHash(hashBefore(event), MessageContents.of(event, serializer));
        eventHashes.put(key(event.getAggregateIdentifier(), event.getSequenceNumber()), eventHash);
        Unlinked unlinked = new Unlinked(token.position().orElseThrow(), event.getIdentifier(),
                event.getAggregateIdentifier(), event.getSequenceNumber(), eventHash);
        if (!CurrentUnitOfWork.isStarted()) {
            write(List.of(unlinked));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(BATCH, key -> {
            List<Unlinked> events = new ArrayList<>();
            batch.onPrepareCommit(u -> write(events));
            return events;
        }).add(unlinked);
    }

    /**
     * Links a batch's events in their order, as one JDBC batch in the processor's transaction, so
     * they commit with its token. The chain's end is read here, never kept across batches: the
     * segment's claim may have passed to another instance (and back) in between. An event already
     * linked (an instance whose claim lapsed under load linked it too) is left as linked, so no
     * redelivery can stop the chain; should another instance link one of these events while this
     * batch is written, the batch fails on a unique key and the processor retries it.
     */
    private void write(List<Unlinked> events) {
        Map<String, Long> positions = positions(events);
        Last last = readLast();
        // A batch is in store order, except events that fill a gap the token kept: hence min and max.
        LongSummaryStatistics range = positions.values().stream().mapToLong(Long::longValue).summaryStatistics();
        Set<Long> linked = new HashSet<>(jdbc.queryForList(
                "select global_index from event_chain where global_index between ? and ?", Long.class,
                range.getMin(), range.getMax()));
        List<Object[]> rows = new ArrayList<>(events.size());
        for (Unlinked event : events) {
            Long globalIndex = positions.get(event.identifier());
            if (globalIndex == null) {
                LOG.warn("Event {} (aggregate {}, sequence {}) is no longer in the store: removed before the chain "
                                + "keeper linked it. Its stream's chain names the removal (GET /api/verify).",
                        event.identifier(), event.aggregateIdentifier(), event.sequenceNumber());
                continue;
            }
            if (!linked.add(globalIndex)) {
                continue;
            }
            long position = last.position() + 1;
            String linkHash = EventChain.linkHash(last.linkHash(), position, globalIndex,
                    event.identifier(), event.eventHash());
            rows.add(new Object[]{position, globalIndex, event.identifier(), event.aggregateIdentifier(),
                    event.sequenceNumber(), event.eventHash(), linkHash});
            last = new Last(position, linkHash);
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into event_chain (position, global_index, event_identifier, aggregate_identifier,
                        sequence_number, event_hash, link_hash) values (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    /** Each event's global index, by its identifier: from its token on Axon Server, from the store on PostgreSQL. */
    private Map<String, Long> positions(List<Unlinked> events) {
        Map<String, Long> positions = new HashMap<>();
        if (positionInToken) {
            events.forEach(event -> positions.put(event.identifier(), event.tokenPosition()));
            return positions;
        }
        String[] identifiers = events.stream().map(Unlinked::identifier).toArray(String[]::new);
        jdbc.query("select event_identifier, global_index from domain_event_entry where event_identifier = any(?)",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("varchar", identifiers)),
                rows -> {
                    positions.put(rows.getString(1), rows.getLong(2));
                });
        return positions;
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
