package org.strategylifecycle.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * How far the chain keeper (docs/adr/0019) trails the store when a load stops, and how long it takes
 * to link the rest: the keeper links in its own transactions after the commands', so the measured
 * window holds only the part of its work it kept up with. A keeper that stops linking fails the run.
 */
record ChainLag(String phase, long events, long unlinkedAtEnd, Duration caughtUpAfter) {

    static final Duration LIMIT = Duration.ofSeconds(120);

    /** Right after a load phase: counts the events not linked yet, then waits (up to {@link #LIMIT}) until none are. */
    static ChainLag after(String phase, BenchOptions options) throws SQLException, InterruptedException {
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(),
                options.jdbcPassword()); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            long[] counts = counts(statement);
            long unlinkedAtEnd = counts[0] - counts[1];
            long unlinked = unlinkedAtEnd;
            while (unlinked > 0 && System.nanoTime() - start < LIMIT.toNanos()) {
                Thread.sleep(100);
                long[] now = counts(statement);
                unlinked = now[0] - now[1];
            }
            return new ChainLag(phase, counts[0], unlinkedAtEnd,
                    unlinked > 0 ? null : Duration.ofNanos(System.nanoTime() - start));
        }
    }

    boolean caughtUp() {
        return caughtUpAfter != null;
    }

    @Override
    public String toString() {
        return "chain keeper after %s: %d of %d events not linked when the load stopped; %s".formatted(phase,
                unlinkedAtEnd, events, caughtUp() ? "all linked %.1f s later".formatted(caughtUpAfter.toMillis() / 1000.0)
                        : "NOT all linked within %d s: the keeper stopped (see the service log)".formatted(LIMIT.toSeconds()));
    }

    private static long[] counts(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "select (select count(*) from domain_event_entry), (select count(*) from event_chain)")) {
            rows.next();
            return new long[]{rows.getLong(1), rows.getLong(2)};
        }
    }
}
