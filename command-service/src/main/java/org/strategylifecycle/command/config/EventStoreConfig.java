package org.strategylifecycle.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.strategylifecycle.eventstore.EventStoreConfiguration;

/**
 * The event store as every service has it ({@link EventStoreConfiguration}), plus what only the
 * command side needs: bounded caches of loaded aggregates, so a command does not replay an edition's
 * events (docs/benchmarks.md shows what a weak-reference cache cost), checked against the store on
 * every hit so that several instances can share it ({@link BoundedCache}).
 */
@Configuration(proxyBeanMethods = false)
@Import(EventStoreConfiguration.class)
public class EventStoreConfig {

    @Bean
    public Cache strategyEditionCache(@Value("${strategy.aggregate-cache.editions}") int editions,
                                      @Value("${strategy.aggregate-cache.check-store}") boolean checkStore,
                                      ObjectProvider<EventStore> eventStore) {
        return new BoundedCache(editions, checkStore ? id -> eventStore.getObject().lastSequenceNumberFor(id) : null);
    }

    @Bean
    public Cache strategyLineCache(@Value("${strategy.aggregate-cache.lines}") int lines,
                                   @Value("${strategy.aggregate-cache.check-store}") boolean checkStore,
                                   ObjectProvider<EventStore> eventStore) {
        return new BoundedCache(lines, checkStore ? id -> eventStore.getObject().lastSequenceNumberFor(id) : null);
    }
}
