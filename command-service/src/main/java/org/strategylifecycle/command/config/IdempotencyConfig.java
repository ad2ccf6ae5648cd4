package org.strategylifecycle.command.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strategylifecycle.api.line.EstablishStrategyLine;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.idempotency.KeyedRequest;
import org.strategylifecycle.command.idempotency.RepeatedRequests;
import org.strategylifecycle.command.line.StrategyLine;

/**
 * Idempotency-Key in the event stream (docs/adr/0015): the keyed request is copied from a command
 * into its events, and a repeated request is answered by the aggregate it targets. Every command
 * targets an edition except the one that establishes a line. The provider is static, like the other
 * correlation data providers: Axon collects them before the command bus exists.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfig {

    @Bean
    static CorrelationDataProvider keyedRequestCorrelation() {
        return KeyedRequest.correlation();
    }

    @Autowired
    void answerRepeatedRequests(CommandBus commandBus, Repository<StrategyEdition> editions, Repository<StrategyLine> lines) {
        commandBus.registerHandlerInterceptor(new RepeatedRequests(
                command -> command.getPayload() instanceof EstablishStrategyLine ? lines : editions));
    }
}
