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
package io.github.camelsinch.provisioning.client;

import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** TokenCache alone, with a scripted fetcher: invalidation precision and refresh failure handling. */
class TokenCacheTest {

    private final FakeClock clock = new FakeClock();
    private final ClientMetrics metrics = new ClientMetrics();
    private final AtomicInteger fetches = new AtomicInteger();
    private final ClientSettings settings = ClientSettings.builder().keyId("id").keySecret("secret-value").build();
    private volatile RuntimeException failNext;

    private final TokenCache cache = new TokenCache(clock, s -> {
        if (failNext != null) {
            throw failNext;
        }
        return AccessToken.issued("t" + fetches.incrementAndGet(), clock.instant(), Duration.ofSeconds(3600),
                s.tokenRefreshMargin());
    }, metrics);

    @Test
    void invalidatingAnOlderTokenKeepsTheOneFetchedMeanwhile() {
        assertEquals("t1", cache.get(TokenKey.of(settings), settings).value());
        cache.invalidate(TokenKey.of(settings), "t1"); // request A saw a 401 with t1
        assertEquals("t2", cache.get(TokenKey.of(settings), settings).value()); // request B already fetched t2

        cache.invalidate(TokenKey.of(settings), "t1"); // request C also used t1 and reports its 401 late
        assertEquals("t2", cache.get(TokenKey.of(settings), settings).value());
        assertEquals(2, fetches.get());
        assertEquals(1, metrics.tokenRefreshes());
    }

    @Test
    void aFailedProactiveRefreshKeepsTheValidTokenAndPausesBeforeTryingAgain() {
        assertEquals("t1", cache.get(TokenKey.of(settings), settings).value());
        clock.advance(Duration.ofSeconds(3550)); // in the refresh window, token still valid
        failNext = ApiCallException.builder(ErrorKind.RATE_LIMIT, "oauth2Token", "POST x").build();
        try (LogCapture logs = LogCapture.clientPackage()) {
            assertEquals("t1", cache.get(TokenKey.of(settings), settings).value());
            assertEquals(1, logs.count(Level.WARN, "Proactive token refresh failed"));
        }
        failNext = null;
        assertEquals("t1", cache.get(TokenKey.of(settings), settings).value()); // within the 5 s pause: no new fetch
        assertEquals(1, fetches.get());
        clock.advance(Duration.ofSeconds(6));
        assertEquals("t2", cache.get(TokenKey.of(settings), settings).value());
    }

    @Test
    void aFailedFetchWithoutAUsableTokenPropagates() {
        failNext = ApiCallException.builder(ErrorKind.AUTHENTICATION, "oauth2Token", "POST x").build();
        assertThrows(ApiCallException.class, () -> cache.get(TokenKey.of(settings), settings));
        failNext = null;
        // Within the failure backoff the same failure answers without a fetch.
        assertThrows(ApiCallException.class, () -> cache.get(TokenKey.of(settings), settings));
        assertEquals(0, fetches.get());
        clock.advance(TokenCache.FIRST_FAILURE_BACKOFF);
        assertEquals("t1", cache.get(TokenKey.of(settings), settings).value()); // nothing stuck in flight
    }

    @Test
    void keysAndTokensNeverShowSecretsInToString() {
        AccessToken token = cache.get(TokenKey.of(settings), settings);
        assertFalse(token.toString().contains(token.value()));
        assertFalse(cache.toString().contains("secret-value"));
        assertFalse(TokenKey.of(settings).toString().contains("secret-value"));
    }
}
