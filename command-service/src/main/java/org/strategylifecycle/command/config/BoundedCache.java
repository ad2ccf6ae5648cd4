package org.strategylifecycle.command.config;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An aggregate cache of at most {@code maxEntries} entries, the least recently used evicted first.
 * It holds its entries strongly: a weak-reference cache loses every aggregate not in use at the next
 * young collection, which under load is every second or so, and each loss costs a replay.
 * <p>
 * An entry is handed out only while the event store holds no newer event of its aggregate: another
 * instance may have written to it (under Axon Server a command is routed by one aggregate's id but may
 * change another, and an instance joining or leaving moves aggregates between instances). A stale
 * entry is dropped, so the repository reads the aggregate from the store, and a command never decides
 * on an outdated copy: neither a refusal (an element it does not know yet) nor a write that would only
 * collide when stored. The check costs one look-up of the stream's last sequence number per hit; an
 * instance that is the only writer may skip it ({@code STRATEGY_CACHE_CHECK_STORE=false}).
 */
final class BoundedCache implements Cache {

    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Object, Object> entries;
    private final Function<String, Optional<Long>> storedVersion;

    /**
     * {@code storedVersion}: the sequence number of an aggregate's last stored event; null when this
     * instance is the only writer, so nothing is checked.
     */
    BoundedCache(int maxEntries, Function<String, Optional<Long>> storedVersion) {
        this.storedVersion = storedVersion;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                if (size() <= maxEntries) {
                    return false;
                }
                listeners.forEach(l -> l.onEntryExpired(eldest.getKey()));
                return true;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        V value;
        synchronized (this) {
            value = (V) entries.get(key);
        }
        // Outside the lock: it asks the event store. The repository holds the aggregate's own lock.
        if (storedVersion != null && value instanceof AggregateCacheEntry<?> entry && isStale(key.toString(), entry)) {
            remove(key);
            return null;
        }
        if (value != null) {
            listeners.forEach(l -> l.onEntryRead(key, value));
        }
        return value;
    }

    /**
     * Whether the store holds events of the aggregate newer than the cached copy. An entry of this
     * in-memory cache always holds its live aggregate, which {@code recreateAggregate} hands back as
     * it is (the arguments only serve entries that were serialized).
     */
    private boolean isStale(String aggregateId, AggregateCacheEntry<?> entry) {
        Long cached = entry.recreateAggregate(null, null, null, null).version();
        return !storedVersion.apply(aggregateId).equals(Optional.ofNullable(cached));
    }

    @Override
    public synchronized void put(Object key, Object value) {
        boolean existed = entries.put(key, value) != null;
        listeners.forEach(l -> {
            if (existed) {
                l.onEntryUpdated(key, value);
            } else {
                l.onEntryCreated(key, value);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public synchronized boolean remove(Object key) {
        if (entries.remove(key) == null) {
            return false;
        }
        listeners.forEach(l -> l.onEntryRemoved(key));
        return true;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object updated = entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
        if (updated != null) {
            listeners.forEach(l -> l.onEntryUpdated(key, updated));
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
