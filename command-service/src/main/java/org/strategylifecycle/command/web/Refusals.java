package org.strategylifecycle.command.web;

import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.event.util.GrpcExceptionParser;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.strategylifecycle.api.common.CommandRefusal;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.support.web.Unavailable;

import java.util.Optional;

/**
 * What a failure means to a client: the first exception in the chain that says what went wrong, as
 * an error code and a detail. One mapping for the command bus (which puts it into the details of the
 * exception it returns), the metrics and the problem details. Two writers meeting on one aggregate are
 * a {@code CONCURRENT_MODIFICATION} however the store says it: a unique violation in PostgreSQL (also
 * when both created the aggregate), or Axon Server's {@code AXONIQ-2000} (invalid sequence number),
 * which reaches the handling node as a bare gRPC status.
 */
public final class Refusals {

    private Refusals() {
    }

    public static Optional<CommandRefusal> of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CommandExecutionException e && e.getDetails().orElse(null) instanceof CommandRefusal refusal) {
                return Optional.of(refusal);
            }
            if (t instanceof StrategyException e) {
                return Optional.of(CommandRefusal.of(e.code(), e.getMessage()));
            }
            if (t instanceof AggregateNotFoundException) {
                return Optional.of(CommandRefusal.of(ErrorCode.STRATEGY_NOT_FOUND, "no strategy edition or line has this id"));
            }
            if (t instanceof ConflictingAggregateVersionException) {
                return Optional.of(CommandRefusal.of(ErrorCode.VERSION_MISMATCH,
                        "the strategy changed since the version in If-Match"));
            }
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return Optional.of(CommandRefusal.of(ErrorCode.CONCURRENT_MODIFICATION,
                        ErrorCode.CONCURRENT_MODIFICATION.title()));
            }
            // Through Axon Server: no instance has subscribed the command's handler, as right after Axon
            // Server came back and before the services reconnected. The local bus has every handler.
            if (t instanceof NoHandlerForCommandException) {
                return Optional.of(CommandRefusal.of(ErrorCode.COMMAND_HANDLER_UNAVAILABLE,
                        ErrorCode.COMMAND_HANDLER_UNAVAILABLE.title()));
            }
            if (t instanceof StatusRuntimeException grpc) {
                // Out of reach is no refusal of Axon Server's, whatever code the parser would give it.
                return Unavailable.of(grpc).map(code -> CommandRefusal.of(code, code.title()))
                        .or(() -> of(GrpcExceptionParser.parse(grpc)));
            }
            if (t instanceof RequestSizeFilter.PayloadTooLargeException e) {
                return Optional.of(CommandRefusal.of(ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage()));
            }
            if (t instanceof Utf8BodyFilter.NotUtf8Exception e) {
                return Optional.of(CommandRefusal.of(ErrorCode.INVALID_ENCODING, e.getMessage()));
            }
        }
        return Unavailable.of(thrown).map(code -> CommandRefusal.of(code, code.title()));
    }

    /**
     * A handled command's result as it may leave the node: a refusal in the details of a
     * {@link CommandExecutionException} (which Axon Server carries), anything else unchanged.
     */
    static <R> CommandResultMessage<? extends R> carried(CommandResultMessage<? extends R> result) {
        if (!result.isExceptional() || result.exceptionResult() instanceof CommandExecutionException e
                && e.getDetails().orElse(null) instanceof CommandRefusal) {
            return result;
        }
        Throwable failure = result.exceptionResult();
        return of(failure)
                .<CommandResultMessage<? extends R>>map(refusal -> new GenericCommandResultMessage<>(
                        new CommandExecutionException(refusal.detail(), failure, refusal), result.getMetaData()))
                .orElse(result);
    }
}
