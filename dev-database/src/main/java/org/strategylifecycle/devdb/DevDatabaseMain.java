package org.strategylifecycle.devdb;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded PostgreSQL for {@code ./run} until the process is told to stop (SIGTERM or
 * Ctrl-C), then shuts PostgreSQL down cleanly. Configured by environment:
 * {@code STRATEGY_DATA_DIR} (default {@code ./data}) and {@code STRATEGY_DB_PORT} (default 54329).
 */
public final class DevDatabaseMain {

    public static final String DATABASE = "strategy";

    private DevDatabaseMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(env("STRATEGY_DATA_DIR", "data")).toAbsolutePath().resolve("postgres");
        int port = Integer.parseInt(env("STRATEGY_DB_PORT", "54329"));
        EmbeddedDatabase database = EmbeddedDatabase.start(data, port, true);
        database.ensureDatabase(DATABASE);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            database.close();
            stopped.countDown();
        }, "embedded-postgres-stop"));
        System.out.println("DEV-DATABASE READY " + database.jdbcUrl(DATABASE) + " (data in " + data + ")");
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
