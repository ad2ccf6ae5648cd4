package org.strategylifecycle.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.strategylifecycle.api.common.StrategyJson;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.sql.SQLException;

/**
 * How every process of the service reads and writes the PostgreSQL event store: the one serializer
 * (the JSON shape of {@link StrategyJson}) and the JDBC storage engine over the tables that
 * command-service's Flyway migrations own (payloads as bytea, a gap-free global index for one writer).
 */
public final class EventStoreSetup {

    /** Events read per query when an aggregate is loaded or a processor catches up. */
    public static final int BATCH_SIZE = 500;

    private EventStoreSetup() {
    }

    /** The tables of V1__event_store.sql: snake_case names, so psql needs no quoting. */
    public static final EventSchema SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    public static Serializer serializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(StrategyJson::configure)
                .build();
    }

    /**
     * A second event at the same (aggregate, sequence number) is PostgreSQL's unique violation
     * (SQLSTATE 23505): Axon then reports a concurrency conflict instead of a storage failure.
     */
    public static boolean isUniqueViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The serializer of tracking tokens. Axon 4.13's {@code ReplayToken} types its context as
     * {@code Object}, which Jackson 3's default type validator refuses (AxonFramework issues 4160 and
     * 4218), so a reset could not be stored; tokens are Axon's own classes, allowed here by package.
     */
    public static Serializer tokenSerializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(builder -> StrategyJson.configure(builder)
                        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                                .allowIfSubType("org.axonframework.")
                                .build()))
                .build();
    }

    /** A token store in {@code table} (Axon's columns, snake_case), its tokens written by {@link #tokenSerializer()}. */
    public static TokenStore tokenStore(ConnectionProvider connections, String table) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(tokenSerializer())
                .schema(TokenSchema.builder()
                        .setTokenTable(table)
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }

    /**
     * The JDBC engine. {@code snapshots} decides which stored snapshots may be used: the aggregates' own
     * filters ({@code @Revision} on an aggregate passes over snapshots of another revision, ADR 21).
     */
    public static JdbcEventStorageEngine storageEngine(ConnectionProvider connections, TransactionManager transactions,
                                                       Serializer serializer, EventUpcaster upcasters,
                                                       SnapshotFilter snapshots) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(upcasters)
                .snapshotFilter(snapshots)
                .persistenceExceptionResolver(EventStoreSetup::isUniqueViolation)
                .schema(SCHEMA)
                .dataType(byte[].class)
                .batchSize(BATCH_SIZE)
                .build();
    }
}
