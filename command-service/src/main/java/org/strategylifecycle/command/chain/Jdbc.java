package org.strategylifecycle.command.chain;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Predicate;

/** Plain JDBC for the verifier, which also runs without Spring (VerifyMain). */
final class Jdbc {

    /** Rows per round trip of a cursor. */
    private static final int FETCH_SIZE = 1000;

    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Jdbc() {
    }

    /**
     * Pushes each row of {@code sql} (with at most one parameter) to {@code sink} until it answers
     * false, through a cursor: PostgreSQL streams a result only inside a transaction, here read-only.
     */
    static <T> void query(DataSource dataSource, String sql, String parameter, Row<T> mapper, Predicate<T> sink) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                if (parameter != null) {
                    statement.setString(1, parameter);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next() && sink.test(mapper.map(rows))) {
                        // the sink decides whether to go on
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the event store failed: " + e.getMessage(), e);
        }
    }
}
