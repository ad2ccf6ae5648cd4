package org.strategylifecycle.command.web;

import io.axoniq.axonserver.grpc.command.CommandResponse;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.eventstore.EventStoreSetup;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal's trip through Axon Server without a server: the handling node's command bus (with the
 * {@link ErrorCodeInterceptor}) produces the result, Axon Server's connector serializes it into the
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

    /** Handles a command that throws {@code failure} on one node and answers what the other node receives. */
    private CommandExecutionException acrossTheWire(Exception failure) throws Exception {
        SimpleCommandBus handlingNode = SimpleCommandBus.builder().build();
        handlingNode.registerHandlerInterceptor(new ErrorCodeInterceptor());
        handlingNode.subscribe(String.class.getName(), command -> {
            throw failure;
        });
        CompletableFuture<CommandResultMessage<?>> result = new CompletableFuture<>();
        handlingNode.dispatch(GenericCommandMessage.asCommandMessage("add goal 1"),
                (command, commandResult) -> result.complete(commandResult));
        CommandResultMessage<?> handled = result.get(10, TimeUnit.SECONDS);
        assertThat(handled.isExceptional()).isTrue();

        byte[] sent = wire.serialize(handled, "request-1").toByteArray();
        CommandResultMessage<?> received = wire.deserialize(CommandResponse.parseFrom(sent));

        assertThat(received.isExceptional()).isTrue();
        assertThat(received.exceptionResult()).isInstanceOf(CommandExecutionException.class);
        CommandExecutionException exception = (CommandExecutionException) received.exceptionResult();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            assertThat(t).as("the wire carries no exception object of the handling node").isNotSameAs(failure);
        }
        return exception;
    }
}
