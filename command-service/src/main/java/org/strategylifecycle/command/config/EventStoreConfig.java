package org.strategylifecycle.command.config;

import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.strategylifecycle.api.eventstore.EventStoreConfiguration;

/**
 * The event store as every service has it ({@link EventStoreConfiguration}), plus what only the
 * command side needs: bounded caches of loaded aggregates, so a command does not replay an edition's
 * events (docs/benchmarks.md shows what a weak-reference cache cost).
 */
@Configuration(proxyBeanMethods = false)
@Import(EventStoreConfiguration.class)
public class EventStoreConfig {

    @Bean
    public Cache strategyEditionCache(@Value("${strategy.aggregate-cache.editions}") int editions) {
        return new BoundedCache(editions);
    }

    @Bean
    public Cache strategyLineCache(@Value("${strategy.aggregate-cache.lines}") int lines) {
        return new BoundedCache(lines);
    }
}
