package org.strategylifecycle.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.strategylifecycle.api.eventstore.EventStoreConfiguration;

/**
 * The event store as every service has it ({@link EventStoreConfiguration}), plus what only the
 * command side needs: caches of loaded aggregates, so a command does not replay an edition's events.
 */
@Configuration(proxyBeanMethods = false)
@Import(EventStoreConfiguration.class)
public class EventStoreConfig {

    @Bean
    public Cache strategyEditionCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache strategyLineCache() {
        return new WeakReferenceCache();
    }
}
