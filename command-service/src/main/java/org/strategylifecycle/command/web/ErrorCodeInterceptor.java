package org.strategylifecycle.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.strategylifecycle.api.common.CommandRefusal;

import java.util.Optional;

/**
 * Puts a refusal's error code and detail ({@link CommandRefusal}) into the details of a
 * {@link CommandExecutionException}: a distributed command bus (Axon Server) serializes the details
 * but not the exception, so the code survives the trip to the HTTP edge either way (AxonIQ's
 * distributed-exceptions sample). A conflict found only when the events are stored, after the
 * handler returned, is outside this interceptor (docs/operations.md).
 */
class ErrorCodeInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (Exception e) {
            Optional<CommandRefusal> refusal = Refusals.of(e);
            if (refusal.isEmpty()) {
                throw e;
            }
            throw new CommandExecutionException(refusal.get().detail(), e, refusal.get());
        }
    }
}
