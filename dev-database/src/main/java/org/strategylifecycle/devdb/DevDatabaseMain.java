package org.strategylifecycle.devdb;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded PostgreSQL for {@code ./run} until the process is told to stop (SIGTERM or
 * Ctrl-C), then shuts PostgreSQL down cleanly. Configured by environment:
 * {@code STRATEGY_DATA_DIR} (default {@code ./data}), {@code STRATEGY_DB_PORT} (default 54329; 0 for
 * any free port) and {@code STRATEGY_CACHE_DIR} (where the binaries are unpacked: {@link PostgresBinaries}).
 */
public final class DevDatabaseMain {

    public static final String DATABASE = "strategy";

    private DevDatabaseMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(env("STRATEGY_DATA_DIR", "data")).toAbsolutePath().resolve("postgres");
        int port = Integer.parseInt(env("STRATEGY_DB_PORT", "54329"));
        PostgresBinaries binaries = PostgresBinaries.fromEnvironment();
        EmbeddedDatabase database = EmbeddedDatabase.startKept(binaries, data, port);
        database.ensureDatabase(DATABASE);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            database.close();
            stopped.countDown();
        }, "embedded-postgres-stop"));
        System.out.println("DEV-DATABASE READY " + database.jdbcUrl(DATABASE) + " (data in " + data
                + ", binaries in " + binaries.directory() + ")");
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
