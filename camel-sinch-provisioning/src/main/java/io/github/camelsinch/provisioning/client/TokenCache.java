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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * One OAuth2 token per set of credentials, shared by every client of a transport. The token gateway allows only
 * a small burst, so fetches are single-flight: concurrent callers wait for the one fetch in progress.
 */
public final class TokenCache {

    private static final Logger LOG = LoggerFactory.getLogger(TokenCache.class);
    /** After a failed proactive refresh, keep the still-valid token this long before trying again. */
    private static final Duration REFRESH_RETRY_PAUSE = Duration.ofSeconds(5);
    /** After a failed fetch with no usable token, calls fail with that failure for this long, doubling per failure. */
    static final Duration FIRST_FAILURE_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_FAILURE_BACKOFF = Duration.ofSeconds(60);
    static final Duration MIN_UNAUTHORIZED_RENEWAL_INTERVAL = Duration.ofSeconds(10);

    private final ConcurrentMap<TokenKey, Slot> slots = new ConcurrentHashMap<>();
    private final Clock clock;
    private final TokenFetcher fetcher;
    private final ClientMetrics metrics;

    TokenCache(Clock clock, TokenFetcher fetcher, ClientMetrics metrics) {
        this.clock = clock;
        this.fetcher = fetcher;
        this.metrics = metrics;
    }

    /** A usable token for these credentials, fetched only when none is fresh. */
    AccessToken get(TokenKey key, ClientSettings settings) {
        Slot slot = slots.get(key);
        if (slot == null) {
            slot = slots.computeIfAbsent(key, k -> new Slot());
        }
        return slot.get(settings);
    }

    /**
     * Returns whether a resend with another token makes sense: false when a token of these credentials was already
     * replaced after a 401 less than {@link #MIN_UNAUTHORIZED_RENEWAL_INTERVAL} ago, so an API that answers 401
     * to every token costs one token request per interval, not one per call.
     * Drops the token only if it is still the one that was rejected, so a token another thread fetched meanwhile
     * survives.
     */
    boolean invalidate(TokenKey key, String rejectedValue) {
        Slot slot = slots.get(key);
        return slot == null || slot.invalidate(rejectedValue);
    }

    /** Number of credential sets with a slot. */
    public int size() {
        return slots.size();
    }

    /** Forgets every token, e.g. when credentials are rotated. */
    public void clear() {
        slots.clear();
    }

    @Override
    public String toString() {
        return "TokenCache[keys=" + slots.keySet() + "]";
    }

    /** State of one credential set: the current token and the fetch in progress, if any. */
    private final class Slot {
        /** Written under the lock; read without it by the fast path of every call. */
        private volatile AccessToken current;
        private CompletableFuture<AccessToken> inFlight;
        private boolean everIssued;
        /** The last failed fetch and until when it is answered without asking the token endpoint again. */
        private RuntimeException lastFailure;
        private Instant failureBackoffUntil;
        private int consecutiveFailures;
        private Instant lastUnauthorizedRenewal;

        AccessToken get(ClientSettings settings) {
            AccessToken fresh = current;
            if (fresh != null && fresh.isFresh(clock.instant())) {
                return fresh; // the usual case: no lock, so calling threads do not queue on each other
            }
            CompletableFuture<AccessToken> pending;
            boolean owner = false;
            synchronized (this) {
                if (current != null && (current.isFresh(clock.instant())
                        || (inFlight != null && current.isUsable(clock.instant())))) {
                    return current; // fresh, or someone is already refreshing a still-valid one
                }
                if (inFlight == null && lastFailure != null && clock.instant().isBefore(failureBackoffUntil)) {
                    // A rejected key or a token server outage does not heal in milliseconds: every endpoint of
                    // these credentials shares one backed-off retry instead of a token request per call.
                    throw lastFailure;
                }
                if (inFlight == null) {
                    inFlight = new CompletableFuture<>();
                    owner = true;
                }
                pending = inFlight;
            }
            return owner ? fetch(settings, pending) : await(pending);
        }

        private AccessToken fetch(ClientSettings settings, CompletableFuture<AccessToken> pending) {
            try {
                AccessToken token = fetcher.fetch(settings);
                synchronized (this) {
                    if (everIssued) {
                        metrics.recordTokenRefresh();
                    }
                    everIssued = true;
                    current = token;
                    inFlight = null;
                    lastFailure = null;
                    consecutiveFailures = 0;
                }
                pending.complete(token);
                LOG.debug("Obtained access token from {}, refresh at {}", settings.authUrl(), token.refreshAt());
                return token;
            } catch (RuntimeException | Error e) {
                AccessToken fallback;
                synchronized (this) {
                    inFlight = null;
                    fallback = current != null && current.isUsable(clock.instant()) ? current : null;
                    if (fallback == null) {
                        consecutiveFailures++;
                        lastFailure = e instanceof RuntimeException re ? re : null;
                        failureBackoffUntil = clock.instant().plus(failureBackoff(consecutiveFailures));
                    }
                    if (fallback != null) {
                        current = fallback.postponeRefresh(clock.instant().plus(REFRESH_RETRY_PAUSE));
                    }
                }
                pending.completeExceptionally(e);
                if (fallback == null) {
                    throw e;
                }
                LOG.warn("Proactive token refresh failed, still using the current token: {}", e.getMessage());
                return fallback;
            }
        }

        private AccessToken await(CompletableFuture<AccessToken> pending) {
            try {
                return pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an access token", e);
            } catch (ExecutionException e) {
                // Every waiter gets the owner's failure: one failed fetch is not repeated by each waiter.
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
            }
        }

        private Duration failureBackoff(int failures) {
            Duration backoff = FIRST_FAILURE_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 16));
            return backoff.compareTo(MAX_FAILURE_BACKOFF) > 0 ? MAX_FAILURE_BACKOFF : backoff;
        }

        synchronized boolean invalidate(String rejectedValue) {
            if (current == null || !current.value().equals(rejectedValue)) {
                return true; // another thread already replaced it: resend with the newer token
            }
            Instant now = clock.instant();
            if (lastUnauthorizedRenewal != null
                    && now.isBefore(lastUnauthorizedRenewal.plus(MIN_UNAUTHORIZED_RENEWAL_INTERVAL))) {
                return false; // a fresh token was rejected just now as well: the 401 is not about expiry
            }
            lastUnauthorizedRenewal = now;
            current = null;
            return true;
        }
    }
}
