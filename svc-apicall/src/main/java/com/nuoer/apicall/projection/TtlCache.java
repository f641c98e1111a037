package com.nuoer.apicall.projection;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A tiny read-through cache with a time-to-live: the call path reads projections from memory, a missed event can
 * keep a stale value alive for at most the TTL (domain.md F2-3: ≤ 60 s), and event handlers evict at once.
 */
public final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAt, java.util.concurrent.atomic.AtomicBoolean reloading) {
    }

    private final ConcurrentHashMap<K, Entry<V>> map = new ConcurrentHashMap<>();
    private final long ttlMillis;

    public TtlCache(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    /**
     * The cached value, else {@code loader}'s (null is cached too, so unknown keys do not hammer the loader). When
     * an entry expires under load, one caller reloads it while the others keep the expired value for the moment of
     * that load (no stampede of identical queries); an evicted key is always loaded.
     */
    public V get(K key, Function<K, V> loader) {
        long now = System.currentTimeMillis();
        Entry<V> e = map.get(key);
        if (e != null && e.expiresAt > now) {
            return e.value;
        }
        if (e != null && !e.reloading.compareAndSet(false, true)) {
            return e.value;
        }
        V v;
        try {
            v = loader.apply(key);
        } catch (RuntimeException | Error failed) {
            if (e != null) {
                e.reloading.set(false);
            }
            throw failed;
        }
        map.put(key, new Entry<>(v, now + ttlMillis, new java.util.concurrent.atomic.AtomicBoolean()));
        return v;
    }

    public void evict(K key) {
        map.remove(key);
    }

    public void clear() {
        map.clear();
    }
}
