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
package io.github.camelsinch.provisioning.webhook;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nonces of accepted callbacks, each kept until its signed timestamp leaves the tolerance window: after that a
 * replay is refused as stale anyway, so the time-to-live is exactly the window and no longer. Bounded: when every
 * slot holds a live nonce a new callback is refused ({@link Outcome#FULL}) instead of forgetting a live nonce, which
 * would re-open that nonce to replay. Only callbacks with a valid signature get here, so an attacker without the
 * secret cannot fill it.
 * <p>
 * One cache per receiving consumer (per process): a replay sent to another instance of a cluster is not seen here;
 * the dedup key, in a shared idempotent repository, is what makes its effect happen once.
 */
final class NonceReplayCache {

    enum Outcome {
        FIRST_USE, REPLAYED, FULL
    }

    private final int capacity;
    // Insertion order is close to expiry order (timestamps are near "now"), so the head usually expires first.
    private final LinkedHashMap<String, Instant> expiries = new LinkedHashMap<>();

    NonceReplayCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("nonceCacheSize must be at least 1");
        }
        this.capacity = capacity;
    }

    /**
     * Records a nonce.
     *
     * @param expiresAt when a replay of it would be refused as stale anyway (signed timestamp + tolerance)
     */
    synchronized Outcome register(String nonce, Instant expiresAt, Instant now) {
        dropExpiredHead(now);
        Instant existing = expiries.get(nonce);
        if (existing != null && existing.isAfter(now)) {
            return Outcome.REPLAYED;
        }
        if (existing == null && expiries.size() >= capacity) {
            expiries.values().removeIf(expiry -> !expiry.isAfter(now));
            if (expiries.size() >= capacity) {
                return Outcome.FULL;
            }
        }
        expiries.remove(nonce); // an expired entry: re-insert at the tail
        expiries.put(nonce, expiresAt);
        return Outcome.FIRST_USE;
    }

    synchronized int size() {
        return expiries.size();
    }

    private void dropExpiredHead(Instant now) {
        Iterator<Map.Entry<String, Instant>> it = expiries.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue().isAfter(now)) {
                return;
            }
            it.remove();
        }
    }
}
