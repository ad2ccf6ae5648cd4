package org.strategylifecycle.command.chain;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Plain JDBC for the verifier, which also runs without Spring (VerifyMain). */
final class Jdbc {

    /** Rows per round trip of a cursor. */
    static final int FETCH_SIZE = 1000;

    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    /** PostgreSQL streams a result through a cursor only inside a transaction. */
    static void inReadOnlyTransaction(DataSource dataSource, Work work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                work.run(connection);
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
