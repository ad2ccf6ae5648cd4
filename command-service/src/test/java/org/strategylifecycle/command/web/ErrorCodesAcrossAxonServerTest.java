package org.strategylifecycle.command.web;

import io.axoniq.axonserver.grpc.ErrorMessage;
import io.axoniq.axonserver.grpc.command.CommandResponse;
import io.grpc.Metadata;
import io.grpc.Status;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.eventstore.EventStoreSetup;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal's trip through Axon Server without a server: the handling node's command bus
 * ({@link LocalSegment}) produces the result, Axon Server's connector serializes it into the
 * gRPC response exactly as it would send it, the bytes are read back as the dispatching node reads
 * them, and the edge ({@link ProblemAdvice}) answers. Only what the wire carries survives: the
 * StrategyException itself does not, the code in the details does.
 */
class ErrorCodesAcrossAxonServerTest {

    private final CommandSerializer wire = new CommandSerializer(EventStoreSetup.serializer(), new AxonServerConfiguration());
    private final ProblemAdvice advice = new ProblemAdvice();

    @Test
    void domainRefusalArrivesWithItsCodeAndDetail() throws Exception {
        CommandExecutionException received = acrossTheWire(new StrategyException(ErrorCode.NUMBER_TAKEN,
                "another goal of edition s1 is numbered 1"));

        assertThat(received.getCause()).isNotInstanceOf(StrategyException.class);
        ResponseEntity<ProblemDetail> answer = advice.refused(received);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "NUMBER_TAKEN");
        assertThat(answer.getBody().getDetail()).isEqualTo("another goal of edition s1 is numbered 1");
    }

    @Test
    void staleIfMatchArrivesAsVersionMismatch() throws Exception {
        CommandExecutionException received = acrossTheWire(new ConflictingAggregateVersionException("s1", 1, 3));

        ResponseEntity<ProblemDetail> answer = advice.refused(received);
        assertThat(answer.getStatusCode().value()).isEqualTo(412);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "VERSION_MISMATCH");
    }

    @Test
    void unforeseenFailureArrivesAsAnInternalErrorWithoutItsInternals() throws Exception {
        CommandExecutionException received = acrossTheWire(new IllegalStateException("password=secret"));

        assertThat(received.getDetails()).isEmpty();
        ResponseEntity<ProblemDetail> answer = advice.refused(received);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(answer.getBody().getDetail()).doesNotContain("secret");
    }

    /**
     * As Axon Server reports a concurrent append to the node that stores the events: a bare gRPC status
     * with the error code in its trailers, raised when the unit of work commits (after every interceptor).
     */
    @Test
    void concurrentAppendFoundAtCommitArrivesAsConcurrentModification() throws Exception {
        CommandExecutionException received = acrossTheWire(command -> CurrentUnitOfWork.get().onCommit(u -> {
            throw invalidSequence();
        }));

        ResponseEntity<ProblemDetail> answer = advice.refused(received);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "CONCURRENT_MODIFICATION");
    }

    /** As Axon's event-sourcing repository checks a stale If-Match: while the unit of work prepares to commit. */
    @Test
    void staleIfMatchFoundWhilePreparingTheCommitArrivesAsVersionMismatch() throws Exception {
        CommandExecutionException received = acrossTheWire(command -> CurrentUnitOfWork.get().onPrepareCommit(u -> {
            throw new ConflictingAggregateVersionException("s1", 1, 3);
        }));

        ResponseEntity<ProblemDetail> answer = advice.refused(received);
        assertThat(answer.getStatusCode().value()).isEqualTo(412);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "VERSION_MISMATCH");
    }

    /**
     * As Axon Server answers a command while no instance has subscribed its handler (just after Axon
     * Server came back, before the services reconnected): a 503 to retry soon, not a 500.
     */
    @Test
    void noConnectedHandlerArrivesAsAServiceUnavailableToRetrySoon() throws Exception {
        CommandResponse answered = CommandResponse.newBuilder().setRequestIdentifier("request-1")
                .setErrorCode("AXONIQ-4000")
                .setErrorMessage(ErrorMessage.newBuilder().setMessage("No Handler for command: AddGoal").setErrorCode("AXONIQ-4000"))
                .build();
        Throwable received = wire.deserialize(CommandResponse.parseFrom(answered.toByteArray())).exceptionResult();

        ResponseEntity<ProblemDetail> answer = advice.unexpected((Exception) received);
        assertThat(answer.getStatusCode().value()).as(received.toString()).isEqualTo(503);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "COMMAND_HANDLER_UNAVAILABLE");
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    }

    /** As the connector fails a dispatch while Axon Server is out of reach: the gRPC status inside Axon's wrappers. */
    @Test
    void anUnreachableAxonServerIsAServiceUnavailable() {
        RuntimeException dispatch = new CompletionException(new IllegalStateException("[AXONIQ-4003] Received exception while dispatching command",
                Status.UNAVAILABLE.withDescription("io exception").asRuntimeException()));

        ResponseEntity<ProblemDetail> answer = advice.unexpected(dispatch);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "EVENT_STORE_UNAVAILABLE");
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    }

    @Test
    void aCommandThatMetAConcurrentAppendIsHandledAgainAndSucceeds() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CommandResultMessage<?> handled = handle(new LocalSegment(SimpleCommandBus.builder()), command -> {
            if (attempts.incrementAndGet() == 1) {
                CurrentUnitOfWork.get().onCommit(u -> {
                    throw invalidSequence();
                });
            }
        });

        assertThat(handled.isExceptional()).as(String.valueOf(handled.optionalExceptionResult())).isFalse();
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aStaleIfMatchIsNeverHandledAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CommandResultMessage<?> handled = handle(new LocalSegment(SimpleCommandBus.builder()), command -> {
            attempts.incrementAndGet();
            throw new ConflictingAggregateVersionException("s1", 9, 4);
        });

        assertThat(attempts).hasValue(1);
        assertThat(Refusals.of(handled.exceptionResult()).orElseThrow().code()).isEqualTo("VERSION_MISMATCH");
    }

    @Test
    void conflictsKeepTheirRetriesBoundedAndDomainRefusalsAreNeverRetried() throws Exception {
        AtomicInteger conflicts = new AtomicInteger();
        handle(new LocalSegment(SimpleCommandBus.builder()), command -> {
            conflicts.incrementAndGet();
            throw new ConcurrencyException("always");
        });
        AtomicInteger refusals = new AtomicInteger();
        handle(new LocalSegment(SimpleCommandBus.builder()), command -> {
            refusals.incrementAndGet();
            throw new StrategyException(ErrorCode.NUMBER_TAKEN, "taken");
        });

        assertThat(conflicts).hasValue(1 + LocalSegment.CONFLICT_RETRIES);
        assertThat(refusals).hasValue(1);
    }

    private static RuntimeException invalidSequence() {
        Metadata trailers = new Metadata();
        trailers.put(Metadata.Key.of("AxonIQ-ErrorCode", Metadata.ASCII_STRING_MARSHALLER), "AXONIQ-2000");
        return Status.OUT_OF_RANGE.withDescription("[AXONIQ-2000] Invalid sequence number 4 for aggregate s1, expected 5")
                .asRuntimeException(trailers);
    }

    private static CommandResultMessage<?> handle(SimpleCommandBus bus, Consumer<Object> handler) throws Exception {
        bus.subscribe(String.class.getName(), command -> {
            handler.accept(command.getPayload());
            return "done";
        });
        CompletableFuture<CommandResultMessage<?>> result = new CompletableFuture<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage("add goal 1"), (command, commandResult) -> result.complete(commandResult));
        return result.get(10, TimeUnit.SECONDS);
    }

    private CommandExecutionException acrossTheWire(Exception failure) throws Exception {
        return acrossTheWire(command -> {
            throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
        });
    }

    /** Handles a command on one node as {@code handler} does and answers what the other node receives. */
    private CommandExecutionException acrossTheWire(Consumer<Object> handler) throws Exception {
        CommandResultMessage<?> handled = handle(new LocalSegment(SimpleCommandBus.builder()), handler);
        assertThat(handled.isExceptional()).isTrue();

        byte[] sent = wire.serialize(handled, "request-1").toByteArray();
        CommandResultMessage<?> received = wire.deserialize(CommandResponse.parseFrom(sent));

        assertThat(received.isExceptional()).isTrue();
        assertThat(received.exceptionResult()).isInstanceOf(CommandExecutionException.class);
        CommandExecutionException exception = (CommandExecutionException) received.exceptionResult();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            assertThat(t).as("the wire carries no exception object of the handling node")
                    .isNotSameAs(handled.exceptionResult());
        }
        return exception;
    }
}
