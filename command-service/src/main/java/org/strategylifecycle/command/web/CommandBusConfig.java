package org.strategylifecycle.command.web;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command bus of this node ({@link LocalSegment}) in place of Axon's plain one, wired as Axon's
 * auto-configuration wires that (transactions, spans, monitor, correlation data). Axon Server's
 * connector takes it as its local segment; without Axon Server it is the command bus.
 */
@Configuration(proxyBeanMethods = false)
class CommandBusConfig {

    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus commandBus(TransactionManager transactions, org.axonframework.config.Configuration axon,
                                DuplicateCommandHandlerResolver duplicates) {
        SimpleCommandBus bus = new LocalSegment(SimpleCommandBus.builder()
                .transactionManager(transactions)
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus")));
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }
}
