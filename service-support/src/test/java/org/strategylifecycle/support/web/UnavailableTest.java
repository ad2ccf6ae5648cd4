package org.strategylifecycle.support.web;

import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.ErrorCode;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean that a dependency is out of reach (503), however they are wrapped, and which do not. */
class UnavailableTest {

    @Test
    void aDatabaseThatRefusesConnectionsOrShutsDownIsUnavailable() {
        assertThat(Unavailable.of(new IllegalStateException("wrapped",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"))))
                .contains(ErrorCode.DATABASE_UNAVAILABLE);
        assertThat(Unavailable.of(new RuntimeException(new SQLException("Connection refused", "08001"))))
                .contains(ErrorCode.DATABASE_UNAVAILABLE);
        assertThat(Unavailable.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .contains(ErrorCode.DATABASE_UNAVAILABLE);
        assertThat(Unavailable.of(new IllegalStateException("JDBC rollback failed", new SQLException("Connection is closed"))))
                .as("the pool closed the broken connection under the transaction").contains(ErrorCode.DATABASE_UNAVAILABLE);
    }

    @Test
    void axonServerWithNoHandlerConnectedYetIsUnavailable() {
        // As Axon Server answers for a moment after a restart, before the services have reconnected.
        assertThat(Unavailable.of(new java.util.concurrent.CompletionException(
                new NoHandlerForCommandException("No Handler for command: DraftStrategy"))))
                .contains(ErrorCode.EVENT_STORE_UNAVAILABLE);
    }

    @Test
    void aDatabaseThatRefusesTheStatementIsNot() {
        assertThat(Unavailable.of(new RuntimeException(new SQLException("value too long", "22001")))).isEmpty();
        assertThat(Unavailable.of(new SQLException("duplicate key", "23505"))).isEmpty();
        assertThat(Unavailable.of(new IllegalStateException("no cause"))).isEmpty();
        assertThat(Unavailable.of(new SQLException("Connection is closed by the application", "42000"))).isEmpty();
    }
}
