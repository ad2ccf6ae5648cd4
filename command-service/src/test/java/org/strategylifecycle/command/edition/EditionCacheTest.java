package org.strategylifecycle.command.edition;

import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.command.config.EventStoreConfig;

import javax.cache.CacheManager;
import javax.cache.Caching;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The edition cache as the service configures it holds editions up to a heap budget, by their
 * estimated size, not by their number: eight editions of 400 elements put into a 1 MiB cache leave
 * only as many as fit, and an edition that grows is weighed again when it is put back.
 */
class EditionCacheTest {

    @Test
    void editionsBeyondTheBudgetAreEvicted() throws Exception {
        try (CacheManager manager = manager()) {
            Cache cache = new EventStoreConfig().strategyEditionCache(manager, 1, false, null);
            StrategyEdition first = edition("edition-0", 400);
            long fitting = 1024 / (1 + first.approximateBytes() / 1024);
            assertThat(fitting).as("editions of %d bytes in 1 MiB", first.approximateBytes()).isBetween(2L, 4L);
            IntStream.range(0, 8).forEach(i -> cache.put("edition-" + i, entry(edition("edition-" + i, 400))));

            await("evicted down to the budget").atMost(Duration.ofSeconds(10))
                    .until(() -> held(cache, 8), held -> held >= 1 && held <= fitting);
        }
    }

    @Test
    void anEditionThatGrewIsWeighedAgain() throws Exception {
        try (CacheManager manager = manager()) {
            Cache cache = new EventStoreConfig().strategyEditionCache(manager, 1, false, null);
            IntStream.range(0, 8).forEach(i -> cache.put("edition-" + i, entry(edition("edition-" + i, 10))));
            assertThat(held(cache, 8)).as("eight small editions fit").isEqualTo(8);

            cache.put("edition-0", entry(edition("edition-0", 1600)));
            await("the grown edition evicted, or the others").atMost(Duration.ofSeconds(10))
                    .until(() -> held(cache, 8), held -> held < 8);
        }
    }

    private static long held(Cache cache, int editions) {
        return IntStream.range(0, editions).filter(i -> cache.containsKey("edition-" + i)).count();
    }

    private static CacheManager manager() {
        return Caching.getCachingProvider(CaffeineCachingProvider.class.getName()).getCacheManager(
                URI.create("edition-cache-test-" + UUID.randomUUID()), EditionCacheTest.class.getClassLoader(),
                new Properties());
    }

    /** As the repository puts an edition into the cache after a command. */
    private static AggregateCacheEntry<StrategyEdition> entry(StrategyEdition edition) {
        return new AggregateCacheEntry<>(EventSourcedAggregate.initialize(edition,
                AnnotatedAggregateMetaModelFactory.inspectAggregate(StrategyEdition.class), null,
                NoSnapshotTriggerDefinition.TRIGGER));
    }

    /** An edition of {@code elements} short elements, read from the JSON a snapshot holds. */
    private static StrategyEdition edition(String id, int elements) {
        EditionState state = new EditionState();
        state.drafted(id, null, null, LocalDate.of(2021, 1, 1));
        for (int i = 1; i <= elements; i++) {
            state.added(new Element(id + "-objective-" + i, ElementType.OBJECTIVE, null, ElementStatus.ADOPTED,
                    LocalDate.of(2021, 1, 1)), String.valueOf(i), null, "Objective " + i, null, null);
        }
        return EditionSnapshots.edition(id, state, "");
    }
}
