package org.strategylifecycle.query.config;

import org.strategylifecycle.query.projection.BatchedWriter;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.strategylifecycle.eventstore.EventStoreSetup;
import org.strategylifecycle.query.projection.ReadModelText;

/**
 * Axon's sequenced dead-letter queue for the editions projection, in PostgreSQL beside the read
 * models (table query.dead_letter_entry): an event that cannot be applied is parked with its error,
 * and every later event of its sequence (its edition, or line) is parked behind it, while all other
 * sequences go on (docs/adr/0012). A rebuild empties the queue with the read models.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfig {

    static final DeadLetterSchema SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("query.dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("aggregate_type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    /**
     * The error kept with a parked event: the innermost cause (PostgreSQL's own message rather than
     * the SQL around it), with what PostgreSQL's text cannot hold made visible.
     */
    static final EnqueuePolicy<EventMessage<?>> POLICY = (letter, cause) -> {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        ThrowableCause truncated = ThrowableCause.truncated(root, 4000);
        return Decisions.enqueue(new ThrowableCause(truncated.type(), ReadModelText.of(truncated.message())));
    };

    /**
     * The queue works inside the processor's transaction, so that a parked event and the processor's
     * position commit together; its own steps (and a retried letter) run as nested transactions, that
     * is savepoints, so a retry that fails again leaves the letter parked with its new error instead
     * of spoiling the transaction that records the outcome.
     */
    @Bean
    public ConfigurerModule editionsDeadLetterQueue(ConnectionProvider connections, PlatformTransactionManager transactions,
                                                    Serializer serializer) {
        TransactionManager savepoints = new SavepointTransactionManager(transactions);
        return configurer -> configurer.eventProcessing()
                .registerDeadLetterQueue(BatchedWriter.GROUP, config -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(BatchedWriter.GROUP)
                        .connectionProvider(connections)
                        .transactionManager(savepoints)
                        .schema(SCHEMA)
                        .genericSerializer(EventStoreSetup.tokenSerializer())
                        .eventSerializer(serializer)
                        .maxSequences(100_000)
                        .maxSequenceSize(100_000)
                        .build())
                .registerDeadLetterPolicy(BatchedWriter.GROUP, config -> POLICY)
                .registerDeadLetteringEventHandlerInvokerConfiguration(BatchedWriter.GROUP, (config, invoker) -> invoker
                        .transactionManager(savepoints)
                        .enableSequenceIdentifierCache()
                        .allowReset(true));
    }
}
