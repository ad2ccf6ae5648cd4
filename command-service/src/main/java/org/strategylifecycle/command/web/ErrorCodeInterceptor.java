package org.strategylifecycle.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.strategylifecycle.api.common.StrategyException;

/**
 * Puts a refusal's error code into the details of a {@link CommandExecutionException}: a distributed
 * command bus (Axon Server) carries the details but not the exception class, so the code survives
 * the trip to the HTTP edge either way (AxonIQ's distributed-exceptions sample).
 */
class ErrorCodeInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (StrategyException e) {
            throw new CommandExecutionException(e.getMessage(), e, e.code().name());
        }
    }
}
