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

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Thread-safe counters of one {@link SinchHttpTransport} (every call of every client) or of one
 * {@link SinchApiClient} (its own calls, also counted by its transport), for health checks, JMX and metrics.
 */
public final class ClientMetrics {
    // LongAdders, not AtomicLongs: every call of every thread counts here, and one contended cache line per counter
    // showed in calls at 16 threads.

    /** The transport's metrics, for a client's own; null for the transport's. Every record also goes there. */
    private final ClientMetrics parent;

    private final LongAdder calls = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder retries = new LongAdder();
    /** Per outcome, so the total, the failures and each outcome's count are read from the same adders. */
    private final Map<CallOutcome, LongAdder> tokenRequests = new EnumMap<>(CallOutcome.class);
    private final LongAdder rateLimitWaits = new LongAdder();
    private final LongAdder rateLimitWaitNanos = new LongAdder();
    private final LongAdder tokenRefreshes = new LongAdder();
    private final LongAdder rateLimitHits = new LongAdder();
    private final LongAdder authFailures = new LongAdder();
    private volatile int lastStatus;
    private volatile boolean authenticationFailing;
    private final AtomicReference<Instant> lastRateLimitUntil = new AtomicReference<>();
    /** Told about every call that ends; only a transport's metrics (no parent) call it. */
    private volatile CallListener callListener;

    /**
     * The longest rate-limit pause recorded (and so reported by health checks): a server asking for hours or years
     * must not keep readiness DOWN that long. A success ends any pause earlier.
     */
    public static final Duration MAX_RATE_LIMIT_PAUSE = Duration.ofMinutes(10);

    /** {@code pause}, at most {@link #MAX_RATE_LIMIT_PAUSE}. */
    static Duration clampPause(Duration pause) {
        return pause.compareTo(MAX_RATE_LIMIT_PAUSE) > 0 ? MAX_RATE_LIMIT_PAUSE : pause;
    }

    /** The metrics of a transport. */
    public ClientMetrics() {
        this(null);
    }

    /** The metrics of one client, rolled up into {@code parent} (its transport's). */
    ClientMetrics(ClientMetrics parent) {
        this.parent = parent;
        for (CallOutcome outcome : CallOutcome.values()) {
            tokenRequests.put(outcome, new LongAdder());
        }
    }

    /** Calls to {@link SinchApiClient#execute(ApiRequest)}; retries of one call are not counted again. */
    public long calls() {
        return calls.sum();
    }

    /** HTTP requests sent to the API: every attempt of every call (retries and the resend after a 401 included). */
    public long attempts() {
        return attempts.sum();
    }

    /** Extra attempts made after a retryable failure (the 401 token-refresh resend is not one). */
    public long retries() {
        return retries.sum();
    }

    /** HTTP requests sent to the token endpoint, including its own retries. */
    public long tokenRequests() {
        long total = 0;
        for (LongAdder count : tokenRequests.values()) {
            total += count.sum();
        }
        return total;
    }

    /** Requests to the token endpoint that ended this way. */
    public long tokenRequests(CallOutcome outcome) {
        return tokenRequests.get(outcome).sum();
    }

    /** Requests to the token endpoint that did not return a usable token (any outcome but success). */
    public long tokenFailures() {
        return tokenRequests() - tokenRequests(CallOutcome.SUCCESS);
    }

    /** Tokens obtained to replace an earlier one (proactive or after a 401). */
    public long tokenRefreshes() {
        return tokenRefreshes.sum();
    }

    /** 429 responses from the API or the token endpoint. */
    public long rateLimitHits() {
        return rateLimitHits.sum();
    }

    /** Waits after a 429 before the next attempt (of an API call or a token request). */
    public long rateLimitWaits() {
        return rateLimitWaits.sum();
    }

    /** The total of those waits, as planned (Retry-After or backoff), in nanoseconds. */
    public long rateLimitWaitNanos() {
        return rateLimitWaitNanos.sum();
    }

    /** 401 responses from the API and failed token requests. */
    public long authFailures() {
        return authFailures.sum();
    }

    /** Status of the last API response, 0 before any. */
    public int lastStatus() {
        return lastStatus;
    }

    /**
     * True from a call that failed with {@link ErrorKind#AUTHENTICATION} (rejected key, or a 401 the token refresh
     * did not cure) until a later call succeeds: the credentials are wrong until proven otherwise.
     */
    public boolean authenticationFailing() {
        return authenticationFailing;
    }

    /** Until when the last 429 asked us to hold off, or null if none was seen. */
    public Instant lastRateLimitUntil() {
        return lastRateLimitUntil.get();
    }

    void recordCall() {
        calls.increment();
        if (parent != null) {
            parent.recordCall();
        }
    }

    void recordAttempt() {
        attempts.increment();
        if (parent != null) {
            parent.recordAttempt();
        }
    }

    void recordRetry() {
        retries.increment();
        if (parent != null) {
            parent.recordRetry();
        }
    }

    void recordTokenRequest(CallOutcome outcome) {
        tokenRequests.get(outcome).increment();
        if (parent != null) {
            parent.recordTokenRequest(outcome);
        }
    }

    void recordRateLimitWait(Duration wait) {
        rateLimitWaits.increment();
        rateLimitWaitNanos.add(wait.toNanos());
        if (parent != null) {
            parent.recordRateLimitWait(wait);
        }
    }

    /**
     * Tells the listener, if any, that a call ended. Set on a transport's metrics, it hears the calls of every
     * client of the transport.
     */
    public void setCallListener(CallListener listener) {
        this.callListener = listener;
    }

    void recordCallEnd(String operationId, CallOutcome outcome, long durationNanos) {
        if (parent != null) {
            parent.recordCallEnd(operationId, outcome, durationNanos);
            return;
        }
        CallListener listener = callListener;
        if (listener != null) {
            listener.callEnded(operationId, outcome, durationNanos);
        }
    }

    void recordTokenRefresh() {
        tokenRefreshes.increment();
        if (parent != null) {
            parent.recordTokenRefresh();
        }
    }

    void recordAuthFailure() {
        authFailures.increment();
        if (parent != null) {
            parent.recordAuthFailure();
        }
    }

    void recordStatus(int status) {
        if (lastStatus != status) { // a write per call would bounce the cache line between calling threads
            lastStatus = status;
        }
        if (parent != null) {
            parent.recordStatus(status);
        }
    }

    void recordRateLimit(Instant until) {
        rateLimitHits.increment();
        lastRateLimitUntil.set(until);
        if (parent != null) {
            parent.recordRateLimit(until);
        }
    }

    /**
     * The last failed call since the last success, for health details: why a check is DOWN.
     *
     * @param kind        the error kind
     * @param httpStatus  its HTTP status, 0 without a response
     * @param errorCode   the API's or token endpoint's error code, or null
     * @param tokenRequest whether the token endpoint failed rather than the API
     * @param at          when it failed
     */
    public record LastFailure(ErrorKind kind, int httpStatus, String errorCode, boolean tokenRequest, Instant at) {
    }

    private volatile LastFailure lastFailure;

    /** The failure of the last call, or null when the last call succeeded (or none was made). */
    public LastFailure lastFailure() {
        return lastFailure;
    }

    /** A failed call: remembered, with its kind, for health checks, and counted as {@link #recordOutcome}. */
    void recordFailure(ApiCallException failure, Instant at) {
        lastFailure = new LastFailure(failure.kind(), failure.httpStatus(), failure.errorCode(),
                TokenEndpointClient.OPERATION_ID.equals(failure.operationId()), at);
        if (parent != null) {
            parent.lastFailure = lastFailure;
        }
        recordOutcome(failure.kind());
    }

    /** The end of a call: success (null) clears an authentication failure, an AUTHENTICATION error sets it. */
    void recordOutcome(ErrorKind failure) {
        if (failure == null) {
            if (lastFailure != null) {
                lastFailure = null;
            }
            if (authenticationFailing) { // read first: every successful call would write it otherwise
                authenticationFailing = false;
            }
            if (lastRateLimitUntil.get() != null) { // a success proves the pause is over
                lastRateLimitUntil.set(null);
            }
        } else if (failure == ErrorKind.AUTHENTICATION) {
            authenticationFailing = true;
        }
        if (parent != null) {
            parent.recordOutcome(failure);
        }
    }

    @Override
    public String toString() {
        return "ClientMetrics[calls=" + calls + ", attempts=" + attempts + ", retries=" + retries
                + ", tokenRequests=" + tokenRequests()
                + ", tokenRefreshes=" + tokenRefreshes + ", rateLimitHits=" + rateLimitHits + ", authFailures="
                + authFailures + ", authenticationFailing=" + authenticationFailing + ", lastStatus=" + lastStatus
                + ", lastRateLimitUntil=" + lastRateLimitUntil + "]";
    }
}
