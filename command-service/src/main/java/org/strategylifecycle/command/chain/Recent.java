package org.strategylifecycle.command.chain;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded map that drops the least recently used entry first; safe for several threads. */
final class Recent<K, V> {

    private final Map<K, V> entries;

    Recent(int capacity) {
        entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized void putAll(Map<K, V> more) {
        entries.putAll(more);
    }
}
