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

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NonceReplayCacheTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void aNonceIsRefusedUntilItsTimestampLeavesTheWindow() {
        NonceReplayCache cache = new NonceReplayCache(10);
        Instant expires = T0.plusSeconds(300);
        assertEquals(NonceReplayCache.Outcome.FIRST_USE, cache.register("n1", expires, T0));
        assertEquals(NonceReplayCache.Outcome.REPLAYED, cache.register("n1", expires, T0.plusSeconds(299)));
        // From then on a replay is stale for the verifier; the cache may forget it and take it as new.
        assertEquals(NonceReplayCache.Outcome.FIRST_USE, cache.register("n1", expires.plusSeconds(300), expires));
    }

    @Test
    void whenFullOfLiveNoncesANewOneIsRefusedRatherThanForgettingOne() {
        NonceReplayCache cache = new NonceReplayCache(2);
        cache.register("a", T0.plusSeconds(100), T0);
        cache.register("b", T0.plusSeconds(200), T0);
        assertEquals(NonceReplayCache.Outcome.FULL, cache.register("c", T0.plusSeconds(300), T0.plusSeconds(1)));
        assertEquals(NonceReplayCache.Outcome.REPLAYED, cache.register("a", T0.plusSeconds(100), T0.plusSeconds(1)));

        // Once "a" expired there is room again.
        assertEquals(NonceReplayCache.Outcome.FIRST_USE, cache.register("c", T0.plusSeconds(400), T0.plusSeconds(100)));
        assertEquals(2, cache.size());
        assertEquals(NonceReplayCache.Outcome.REPLAYED, cache.register("b", T0.plusSeconds(200), T0.plusSeconds(150)));
    }

    @Test
    void expiredEntriesAreDroppedOnTheWay() {
        NonceReplayCache cache = new NonceReplayCache(100);
        for (int i = 0; i < 50; i++) {
            cache.register("n" + i, T0.plusSeconds(i), T0);
        }
        cache.register("late", T0.plusSeconds(1000), T0.plusSeconds(60));
        assertEquals(1, cache.size());
    }

    @Test
    void needsRoomForOneNonce() {
        assertThrows(IllegalArgumentException.class, () -> new NonceReplayCache(0));
    }
}
