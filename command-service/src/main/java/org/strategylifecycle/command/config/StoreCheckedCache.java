package org.strategylifecycle.command.config;

import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;

import java.util.Optional;
import java.util.function.Function;

/**
 * Axon's JCache adapter, handing an aggregate out only while the event store holds no newer event of
 * it: another instance may have written to it (under Axon Server a command is routed by one
 * aggregate's id but may change another, and an instance joining or leaving moves aggregates between
 * instances). A stale entry is dropped, so the repository reads the aggregate from the store, and a
 * command never decides on an outdated copy: neither a refusal (an element it does not know yet) nor
 * a write that would only collide when stored. The check costs one look-up of the stream's last
 * sequence number per hit; an instance that is the only writer may skip it
 * ({@code STRATEGY_CACHE_CHECK_STORE=false}, then the plain adapter is used).
 */
final class StoreCheckedCache extends JCacheAdapter {

    private final Function<String, Optional<Long>> storedVersion;

    /** {@code storedVersion}: the sequence number of an aggregate's last stored event. */
    StoreCheckedCache(javax.cache.Cache<Object, Object> cache, Function<String, Optional<Long>> storedVersion) {
        super(cache);
        this.storedVersion = storedVersion;
    }

    @Override
    public <K, V> V get(K key) {
        V value = super.get(key);
        // Not under a lock of the cache: the repository holds the aggregate's own lock.
        if (value instanceof AggregateCacheEntry<?> entry && isStale(key.toString(), entry)) {
            remove(key);
            return null;
        }
        return value;
    }

    private boolean isStale(String aggregateId, AggregateCacheEntry<?> entry) {
        Long cached = held(entry).version();
        return !storedVersion.apply(aggregateId).equals(Optional.ofNullable(cached));
    }

    /**
     * The live aggregate an entry holds: the caches hold entries by reference (not by value), and
     * {@code recreateAggregate} hands such an aggregate back as it is (the arguments only serve
     * entries that were serialized).
     */
    static EventSourcedAggregate<?> held(AggregateCacheEntry<?> entry) {
        return entry.recreateAggregate(null, null, null, null);
    }
}
