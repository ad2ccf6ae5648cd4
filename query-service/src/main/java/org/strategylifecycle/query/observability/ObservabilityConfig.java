package org.strategylifecycle.query.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strategylifecycle.query.admin.ParkedEvents;

import java.time.Clock;
import java.time.Duration;

/**
 * Request ids in the projections' log lines about events, and the processors' meters and health. The
 * request id filter (service-support's WebEdge) and the event store's health (event-store's
 * EventStoreConfiguration) are the same in both services. Static beans: Axon's configurer collects the module before
 * the rest of the context exists.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfig {

    @Bean
    static ConfigurerModule eventLogInterceptor() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((config, processor) -> new EventLogInterceptor(processor));
    }

    @Bean
    static ProcessorStatus processorStatus(EventProcessingConfiguration processing, EventStore eventStore) {
        return new ProcessorStatus(processing, eventStore, Clock.systemUTC());
    }

    @Bean
    static ProcessorMetrics eventProcessorMetrics(ProcessorStatus status, ParkedEvents parked, MeterRegistry registry) {
        return new ProcessorMetrics(status, parked, registry);
    }

    @Bean
    static ParkedEventsHealth parkedEventsHealthIndicator(ProcessorStatus status, ParkedEvents parked) {
        return new ParkedEventsHealth(status, parked);
    }

    @Bean
    static ProcessorsHealth eventProcessorsHealthIndicator(ProcessorStatus status,
            @Value("${strategy.health.processor-stall-timeout}") Duration stallTimeout) {
        return new ProcessorsHealth(status, stallTimeout, Clock.systemUTC());
    }
}
