package org.strategylifecycle.query;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.strategylifecycle.devdb.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * A fresh PostgreSQL database holding the event store as command-service creates it (its Flyway
 * migrations, applied in order), for query-service tests that feed events straight into the store.
 */
public final class EventStoreDatabase {

    private static final Path MIGRATIONS = Path.of("../command-service/src/main/resources/db/migration");

    private EventStoreDatabase() {
    }

    public static TestDatabase.Connection create(String name) throws IOException, SQLException {
        TestDatabase.Connection db = TestDatabase.create(name);
        try (var c = DriverManager.getConnection(db.url(), db.user(), db.password()); var s = c.createStatement();
             Stream<Path> migrations = Files.list(MIGRATIONS)) {
            for (Path migration : migrations.sorted().toList()) {
                s.execute(Files.readString(migration));
            }
        }
        return db;
    }

    /** {@link #create} as the data source of the Spring context under test. */
    public static void register(DynamicPropertyRegistry registry, String name) throws IOException, SQLException {
        TestDatabase.Connection db = create(name);
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
