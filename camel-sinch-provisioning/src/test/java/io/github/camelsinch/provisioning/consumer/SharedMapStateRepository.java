package io.github.camelsinch.provisioning.consumer;

import org.apache.camel.spi.StateRepository;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Stands for a shared store (a database table, Redis) in the cluster test: both members see one map. Camel 4.18
 * ships no shared StateRepository; a real one is this small: two methods over the store.
 */
final class SharedMapStateRepository implements StateRepository<String, String> {

    private final ConcurrentMap<String, String> store = new ConcurrentHashMap<>();

    @Override
    public void setState(String key, String value) {
        store.put(key, value);
    }

    @Override
    public String getState(String key) {
        return store.get(key);
    }

    boolean hasKeyEndingWith(String suffix) {
        return store.keySet().stream().anyMatch(k -> k.endsWith(suffix));
    }

    @Override
    public void start() {
        // the store outlives every member
    }

    @Override
    public void stop() {
        // the store outlives every member
    }
}
