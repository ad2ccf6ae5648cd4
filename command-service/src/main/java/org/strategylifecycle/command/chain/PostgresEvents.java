package org.strategylifecycle.command.chain;

import org.strategylifecycle.eventstore.EventChain;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The events straight from PostgreSQL's {@code domain_event_entry}, bytes as stored: no Axon, no
 * deserialization, so what is checked is exactly what is kept. Read in a read-only transaction with a
 * cursor, so the store need not fit in memory.
 */
final class PostgresEvents implements StoreReader {

    private static final String COLUMNS = """
            select global_index, event_identifier, type, aggregate_identifier, sequence_number, time_stamp,
                   payload_type, payload_revision, payload, meta_data from domain_event_entry""";

    private final DataSource dataSource;

    PostgresEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void events(Predicate<StoredEvent> sink) {
        read(COLUMNS + " order by global_index", null, sink);
    }

    @Override
    public void eventsOf(String aggregateIdentifier, Predicate<StoredEvent> sink) {
        read(COLUMNS + " where aggregate_identifier = ? order by sequence_number", aggregateIdentifier, sink);
    }

    private void read(String sql, String aggregateIdentifier, Predicate<StoredEvent> sink) {
        Jdbc.query(dataSource, sql, aggregateIdentifier, PostgresEvents::event, sink);
    }

    private static StoredEvent event(ResultSet rows) throws SQLException {
        byte[] metaDataBytes = rows.getBytes(10);
        var metaData = EventChain.metaData(metaDataBytes);
        EventChain.Content content = new EventChain.Content(rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getLong(5), Instant.parse(rows.getString(6)).toEpochMilli(), rows.getString(7),
                MessageContents.revision(rows.getString(8)), rows.getBytes(9), metaData);
        return new StoredEvent(rows.getLong(1), content, EventChain.chainValue(metaData, EventChain.HASH),
                EventChain.chainValue(metaData, EventChain.PREVIOUS));
    }
}
