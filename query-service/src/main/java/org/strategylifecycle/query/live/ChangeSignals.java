package org.strategylifecycle.query.live;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Listens on PostgreSQL's {@code query_change} channel, which the history table's trigger notifies
 * at every commit that adds rows (V5__live_updates.sql), on a connection of its own (a listening
 * connection cannot go back to the pool) and wakes the feed. Notifications only shorten the wait:
 * the feed also polls, so a lost connection delays updates by at most the poll interval.
 */
final class ChangeSignals {

    static final String CHANNEL = "query_change";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeSignals.class);
    /** How long one wait for notifications lasts: also how soon a stop is noticed. */
    private static final int WAIT_MILLIS = 1000;
    /** A listening connection that is quiet this long is checked with a query. */
    private static final Duration PROBE = Duration.ofSeconds(15);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final JdbcConnectionDetails database;
    private final Runnable wake;
    private volatile boolean running;
    private Thread thread;

    ChangeSignals(JdbcConnectionDetails database, Runnable wake) {
        this.database = database;
        this.wake = wake;
    }

    void start() {
        running = true;
        thread = new Thread(this::listen, "live-updates-listen");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(3).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        boolean failing = false;
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                if (failing) {
                    LOG.info("live updates listen for changes again");
                    failing = false;
                }
                wake.run(); // whatever was committed while nobody listened
                PGConnection listener = connection.unwrap(PGConnection.class);
                long quietSince = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = listener.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        wake.run();
                        quietSince = System.nanoTime();
                    } else if (System.nanoTime() - quietSince > PROBE.toNanos()) {
                        statement.execute("select 1");
                        quietSince = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                if (running && !failing) {
                    LOG.warn("live updates cannot listen for changes (polling meanwhile), retrying every {}: {}",
                            RETRY, e.getMessage());
                    failing = true;
                }
                pause();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("ApplicationName", "query-service live updates");
        properties.setProperty("connectTimeout", "5");
        // A server that vanished without closing the socket is noticed by the probe's read timing out.
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(database.getJdbcUrl(), properties);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
