/*
 * Copyright the camel-sinch-provisioning project contributors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
