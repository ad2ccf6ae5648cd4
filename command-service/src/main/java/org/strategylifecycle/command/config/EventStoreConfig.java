package org.strategylifecycle.command.config;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.strategylifecycle.eventstore.EventStoreConfiguration;

import javax.cache.CacheManager;
import javax.cache.Caching;
import java.net.URI;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.UUID;

/**
 * The event store as every service has it ({@link EventStoreConfiguration}), plus what only the
 * command side needs: size-bounded Caffeine caches of loaded aggregates (through JCache and Axon's
 * adapter), so a command does not replay an aggregate's events (docs/benchmarks.md shows what a
 * weak-reference cache cost), checked against the store on every hit so that several instances can
 * share it ({@link StoreCheckedCache}); and snapshots of editions, so an edition that is not cached
 * loads from its last snapshot and the events after it (docs/adr, snapshots and caches).
 */
@Configuration(proxyBeanMethods = false)
@Import(EventStoreConfiguration.class)
public class EventStoreConfig {

    /** One cache manager per application context, so that two contexts in one JVM (tests) never share a cache. */
    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager() {
        return Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
                .getCacheManager(URI.create("strategy-aggregates-" + UUID.randomUUID()),
                        EventStoreConfig.class.getClassLoader(), new Properties());
    }

    @Bean
    public Cache strategyEditionCache(CacheManager aggregateCacheManager,
                                      @Value("${strategy.aggregate-cache.editions}") int editions,
                                      @Value("${strategy.aggregate-cache.check-store}") boolean checkStore,
                                      ObjectProvider<EventStore> eventStore) {
        return cache(aggregateCacheManager, "editions", editions, checkStore, eventStore);
    }

    @Bean
    public Cache strategyLineCache(CacheManager aggregateCacheManager,
                                   @Value("${strategy.aggregate-cache.lines}") int lines,
                                   @Value("${strategy.aggregate-cache.check-store}") boolean checkStore,
                                   ObjectProvider<EventStore> eventStore) {
        return cache(aggregateCacheManager, "lines", lines, checkStore, eventStore);
    }

    /** A snapshot of an edition after every {@code strategy.snapshot.edition-events} events it was built from. */
    @Bean
    public SnapshotTriggerDefinition editionSnapshotTrigger(Snapshotter snapshotter,
                                                            @Value("${strategy.snapshot.edition-events}") int events) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, events);
    }

    /**
     * Entries are held by reference: JCache's default, by value, would copy each aggregate on every
     * read and write. Held strongly up to the bound, least recently and frequently used evicted first:
     * a weak-reference cache loses every aggregate not in use at the next young collection.
     */
    private static Cache cache(CacheManager manager, String name, int maxEntries, boolean checkStore,
                               ObjectProvider<EventStore> eventStore) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(maxEntries));
        configuration.setStoreByValue(false);
        javax.cache.Cache<Object, Object> cache = manager.createCache(name, configuration);
        return checkStore
                ? new StoreCheckedCache(cache, id -> eventStore.getObject().lastSequenceNumberFor(id))
                : new JCacheAdapter(cache);
    }
}
