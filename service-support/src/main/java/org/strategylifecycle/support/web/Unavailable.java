package org.strategylifecycle.support.web;

import org.strategylifecycle.api.common.ErrorCode;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a failure means that a dependency is out of reach, which a client should retry later (503),
 * rather than a fault of the service (500): PostgreSQL refusing or dropping connections, or Axon
 * Server not answering. Read from the exception chain, whatever wraps it (Spring's data access
 * exceptions, Axon's event store and command bus exceptions, gRPC's status).
 */
public final class Unavailable {

    /**
     * SQLSTATEs of a database that is not there: class 08 (connection exception), 57P01-57P03 (the
     * server is shutting down, crashed or not yet accepting connections), 53300 (too many connections).
     */
    private static final Set<String> DATABASE_GONE = Set.of("57P01", "57P02", "57P03", "53300");
    private static final String HIKARI_CLOSED = "Connection is closed";
    /** gRPC status codes (Axon Server's transport) that mean the server is out of reach, not that it refused. */
    private static final Set<String> GRPC_UNREACHABLE = Set.of("UNAVAILABLE", "DEADLINE_EXCEEDED");
    private static final String NO_HANDLER = "org.axonframework.commandhandling.NoHandlerForCommandException";

    private Unavailable() {
    }

    public static Optional<ErrorCode> of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return Optional.of(ErrorCode.DATABASE_UNAVAILABLE);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && isGone(sql.getSQLState())) {
                return Optional.of(ErrorCode.DATABASE_UNAVAILABLE);
            }
            // The pool closes a connection it found broken (the server went away); a transaction still
            // holding it then fails on it, statement, commit or rollback, with this and no SQLSTATE.
            if (t instanceof SQLException sql && sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())) {
                return Optional.of(ErrorCode.DATABASE_UNAVAILABLE);
            }
            String type = t.getClass().getName();
            // Axon Server routes a command only to handlers connected to it: for a moment after it comes
            // back, or while a service reconnects, it has none. Every command has a handler here, so
            // "no handler" means the routing is not there yet, not a missing handler.
            if (type.equals(NO_HANDLER)) {
                return Optional.of(ErrorCode.EVENT_STORE_UNAVAILABLE);
            }
            if ((type.equals("io.grpc.StatusRuntimeException") || type.equals("io.grpc.StatusException"))
                    && t.getMessage() != null && GRPC_UNREACHABLE.contains(t.getMessage().split(":", 2)[0])) {
                return Optional.of(ErrorCode.EVENT_STORE_UNAVAILABLE);
            }
        }
        return Optional.empty();
    }

    private static boolean isGone(String sqlState) {
        return sqlState.startsWith("08") || DATABASE_GONE.contains(sqlState);
    }

    public static boolean isUnavailable(Throwable thrown) {
        return of(thrown).isPresent();
    }
}
