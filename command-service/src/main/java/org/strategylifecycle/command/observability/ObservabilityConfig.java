package org.strategylifecycle.command.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.strategylifecycle.support.web.RequestId;

/**
 * Wires the request id from the HTTP request into the command's metadata (dispatch interceptor), from
 * there into every event the command applies (correlation data provider) and into the MDC of the
 * thread that handles the command, which under Axon Server may be another instance's; and the command
 * meters. The request id filter (service-support's WebEdge) and the event store's health (event-store's
 * EventStoreConfiguration) are the same in both services. The beans are static: Axon's configurer collects them before the
 * command bus exists, which this class's instance needs.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfig {

    /** Axon's own origin ids (correlationId, traceId), which declaring any provider would otherwise drop. */
    @Bean
    static CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    static CorrelationDataProvider requestIdCorrelation() {
        return new SimpleCorrelationDataProvider(RequestId.KEY);
    }

    @Bean
    static ConfigurerModule commandMetrics(MeterRegistry registry) {
        CommandMetrics metrics = new CommandMetrics(registry);
        return configurer -> configurer.configureMessageMonitor(CommandBus.class, config -> metrics);
    }

    @Autowired
    void carryRequestIds(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new RequestIdIntoMetadata());
        commandBus.registerHandlerInterceptor(new RequestIdIntoMdc());
    }

    private static final class RequestIdIntoMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {
        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                String id = MDC.get(RequestId.KEY);
                return id == null || command.getMetaData().containsKey(RequestId.KEY)
                        ? command : command.andMetaData(Map.of(RequestId.KEY, id));
            };
        }
    }

    private static final class RequestIdIntoMdc implements MessageHandlerInterceptor<CommandMessage<?>> {
        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            try (RequestId.Scope ignored = RequestId.inMdc(unitOfWork.getMessage().getMetaData().get(RequestId.KEY))) {
                return chain.proceed();
            }
        }
    }
}
