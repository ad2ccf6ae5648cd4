package org.strategylifecycle.command.config;

import com.github.benmanes.caffeine.cache.Weigher;
import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.eventstore.EventStoreConfiguration;

import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.FactoryBuilder;
import java.io.Serializable;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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

    /**
     * Editions bounded by the heap they hold (about: {@link StrategyEdition#approximateBytes()}), not
     * by their number: an edition grows with its elements, readings and texts, and under a bound of 500
     * editions 200 editions of about 190 elements filled ./run's heap (docs/benchmarks.md, "Figures: the
     * chain keeper at work, and the edition cache bounded by memory").
     */
    @Bean
    public Cache strategyEditionCache(CacheManager aggregateCacheManager,
                                      @Value("${strategy.aggregate-cache.edition-mebibytes}") int mebibytes,
                                      @Value("${strategy.aggregate-cache.check-store}") boolean checkStore,
                                      ObjectProvider<EventStore> eventStore) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumWeight(OptionalLong.of(mebibytes * 1024L));
        configuration.setWeigherFactory(Optional.of(FactoryBuilder.factoryOf(new KibibytesHeld())));
        return cache(aggregateCacheManager, "editions", configuration, checkStore, eventStore);
    }

    @Bean
    public Cache strategyLineCache(CacheManager aggregateCacheManager,
                                   @Value("${strategy.aggregate-cache.lines}") int lines,
                                   @Value("${strategy.aggregate-cache.check-store}") boolean checkStore,
                                   ObjectProvider<EventStore> eventStore) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(lines));
        return cache(aggregateCacheManager, "lines", configuration, checkStore, eventStore);
    }

    /**
     * Axon's snapshotter, as its auto-configuration builds it, but taking snapshots on a thread of its own.
     * With Axon's default, a snapshot is taken in the thread of the command that triggered it, after the
     * commit but with that command's database connection still held, and needs a second one: with the pool
     * in use by other commands doing the same, they waited for each other until the pool's timeout
     * (KeyedRequestsOnASmallPoolHttpTest: 503 DATABASE_UNAVAILABLE after 30 s). One thread, in order: the
     * snapshotter takes one snapshot of an aggregate at a time, so the queue holds at most one task an
     * edition; a snapshot only saves replaying, so one lost at shutdown (a daemon thread) costs nothing.
     */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                           HandlerDefinition handlerDefinition,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           EventStore eventStore, TransactionManager transactionManager,
                                                           SnapshotterSpanFactory spanFactory) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("snapshots-");
        threads.setDaemon(true);
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads))
                .build();
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
    private static Cache cache(CacheManager manager, String name, CaffeineConfiguration<Object, Object> configuration,
                               boolean checkStore, ObjectProvider<EventStore> eventStore) {
        configuration.setStoreByValue(false);
        javax.cache.Cache<Object, Object> cache = manager.createCache(name, configuration);
        return checkStore
                ? new StoreCheckedCache(cache, id -> eventStore.getObject().lastSequenceNumberFor(id))
                : new JCacheAdapter(cache);
    }

    /**
     * An edition's weight: the KiB it holds, about. Weighed whenever the repository puts it back after
     * a command, so a growing edition weighs more; anything else in the cache weighs 1.
     */
    static final class KibibytesHeld implements Weigher<Object, Object>, Serializable {

        @Override
        public int weigh(Object key, Object value) {
            if (value instanceof AggregateCacheEntry<?> entry
                    && StoreCheckedCache.held(entry).getAggregateRoot() instanceof StrategyEdition edition) {
                return (int) Math.min(Integer.MAX_VALUE, 1 + edition.approximateBytes() / 1024);
            }
            return 1;
        }
    }
}
