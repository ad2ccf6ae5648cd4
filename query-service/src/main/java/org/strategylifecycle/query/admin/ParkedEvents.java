package org.strategylifecycle.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.eventstore.EventStoreSetup;

import java.util.List;
import java.util.Optional;

/**
 * The projections' parked events, read from Axon's dead-letter queue table, and their retry: Axon
 * applies each parked sequence again from its first event, in order; a sequence whose events all
 * apply leaves the queue, one that fails again stays with its new error.
 */
@Component
public class ParkedEvents {

    static final int LISTED = 100;

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Serializer tokens = EventStoreSetup.tokenSerializer();

    ParkedEvents(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** Whether the processor has a dead-letter queue; the queue's sequence and event counts come from it. */
    public Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String processor) {
        return processing.deadLetterQueue(processor);
    }

    ParkedView view(String processor) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(processor);
        if (queue.isEmpty()) {
            return new ParkedView(0, 0, List.of());
        }
        List<ParkedView.Sequence> parked = jdbc.sql("""
                        select d.sequence_identifier, n.events, d.sequence_number, d.payload_type, d.token_type, d.token,
                               d.cause_type, d.cause_message, d.enqueued_at, d.last_touched
                        from query.dead_letter_entry d
                        join (select sequence_identifier, count(*) as events, min(sequence_index) as first
                              from query.dead_letter_entry where processing_group = :group
                              group by sequence_identifier) n
                          on n.sequence_identifier = d.sequence_identifier and n.first = d.sequence_index
                        where d.processing_group = :group
                        order by d.enqueued_at, d.sequence_identifier
                        limit :limit""")
                .param("group", processor)
                .param("limit", LISTED)
                .query((rs, i) -> new ParkedView.Sequence(rs.getString("sequence_identifier"), rs.getLong("events"),
                        rs.getLong("sequence_number"), position(rs.getString("token_type"), rs.getBytes("token")),
                        simpleName(rs.getString("payload_type")), rs.getString("cause_type"), rs.getString("cause_message"),
                        rs.getString("enqueued_at"), rs.getString("last_touched")))
                .list();
        return new ParkedView(queue.get().amountOfSequences(), queue.get().size(), parked);
    }

    /**
     * Retries every parked sequence once (Axon takes them by the time they were last tried, so a
     * sequence that fails again goes to the back); the answer says how many left the queue.
     */
    RetryView retry(String processor) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new StrategyException(ErrorCode.PROJECTION_NOT_FOUND,
                        "projection " + processor + " parks no events"));
        long sequences = queue(processor).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        int released = 0;
        for (long i = 0; i < sequences; i++) {
            if (letters.processAny()) {
                released++;
            }
        }
        long left = queue(processor).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        return new RetryView(processor, sequences, released, left);
    }

    private long position(String type, byte[] token) {
        if (type == null || token == null) {
            return -1;
        }
        TrackingToken tracking = tokens.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        TrackingToken current = ReplayToken.isReplay(tracking) ? ((ReplayToken) tracking).getCurrentToken() : tracking;
        return current == null ? -1 : current.position().orElse(-1);
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }
}
