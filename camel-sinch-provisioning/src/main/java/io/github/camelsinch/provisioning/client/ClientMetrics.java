package io.github.camelsinch.provisioning.client;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Thread-safe counters of one {@link SinchHttpTransport}, for exchange headers or a metrics registry. */
public final class ClientMetrics {

    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong tokenRequests = new AtomicLong();
    private final AtomicLong tokenRefreshes = new AtomicLong();
    private final AtomicLong rateLimitHits = new AtomicLong();
    private final AtomicLong authFailures = new AtomicLong();
    private volatile int lastStatus;
    private final AtomicReference<Instant> lastRateLimitUntil = new AtomicReference<>();

    /** Calls to {@link SinchApiClient#execute(ApiRequest)}; retries of one call are not counted again. */
    public long calls() {
        return calls.get();
    }

    /** Extra attempts made after a retryable failure (the 401 token-refresh resend is not one). */
    public long retries() {
        return retries.get();
    }

    /** HTTP requests sent to the token endpoint, including its own retries. */
    public long tokenRequests() {
        return tokenRequests.get();
    }

    /** Tokens obtained to replace an earlier one (proactive or after a 401). */
    public long tokenRefreshes() {
        return tokenRefreshes.get();
    }

    /** 429 responses from the API or the token endpoint. */
    public long rateLimitHits() {
        return rateLimitHits.get();
    }

    /** 401 responses from the API and failed token requests. */
    public long authFailures() {
        return authFailures.get();
    }

    /** Status of the last API response, 0 before any. */
    public int lastStatus() {
        return lastStatus;
    }

    /** Until when the last 429 asked us to hold off, or null if none was seen. */
    public Instant lastRateLimitUntil() {
        return lastRateLimitUntil.get();
    }

    void recordCall() {
        calls.incrementAndGet();
    }

    void recordRetry() {
        retries.incrementAndGet();
    }

    void recordTokenRequest() {
        tokenRequests.incrementAndGet();
    }

    void recordTokenRefresh() {
        tokenRefreshes.incrementAndGet();
    }

    void recordAuthFailure() {
        authFailures.incrementAndGet();
    }

    void recordStatus(int status) {
        lastStatus = status;
    }

    void recordRateLimit(Instant until) {
        rateLimitHits.incrementAndGet();
        lastRateLimitUntil.set(until);
    }

    @Override
    public String toString() {
        return "ClientMetrics[calls=" + calls + ", retries=" + retries + ", tokenRequests=" + tokenRequests
                + ", tokenRefreshes=" + tokenRefreshes + ", rateLimitHits=" + rateLimitHits + ", authFailures="
                + authFailures + ", lastStatus=" + lastStatus + ", lastRateLimitUntil=" + lastRateLimitUntil + "]";
    }
}
