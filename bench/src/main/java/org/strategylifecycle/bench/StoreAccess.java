package org.strategylifecycle.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.strategylifecycle.eventstore.EventStoreSetup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The event store as the services see it: Axon's JDBC storage engine built by the shared
 * {@link EventStoreSetup} (same serializer, schema and fetch batch size), over a small Hikari pool.
 */
final class StoreAccess implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JdbcEventStorageEngine engine;

    private StoreAccess(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        ConnectionProvider connections = dataSource::getConnection;
        this.engine = EventStoreSetup.storageEngine(connections, NoTransactionManager.INSTANCE,
                EventStoreSetup.serializer(), new EventUpcasterChain(), SnapshotFilter.allowAll());
    }

    static StoreAccess open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        config.setPoolName("bench-store");
        return new StoreAccess(new HikariDataSource(config));
    }

    void append(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    /** Every event from the first, each one's payload and metadata deserialized, as a processor sees them. */
    long readAll(Consumer<TrackedEventMessage<?>> consumer) {
        long[] count = {0};
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            events.forEach(event -> {
                consumer.accept(event);
                count[0]++;
            });
        }
        return count[0];
    }

    long count() throws SQLException {
        return queryLong("select count(*) from domain_event_entry");
    }

    long maxGlobalIndex() throws SQLException {
        return queryLong("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    boolean tableExists(String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, name);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    long queryLong(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
