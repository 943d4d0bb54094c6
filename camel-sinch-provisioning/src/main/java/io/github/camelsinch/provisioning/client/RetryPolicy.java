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

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Random;
import java.util.Set;

/**
 * Pure retry rules, no I/O. Idempotent methods retry transient failures; POST and PATCH retry only when the
 * request provably never reached the server, because a resend could create a second sender or registration.
 */
final class RetryPolicy {

    private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 500, 502, 503, 504);

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final Random random;

    public RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                       Random random) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    public static RetryPolicy of(ClientSettings settings, Random random) {
        return new RetryPolicy(settings.maxAttempts(), settings.initialBackoff(), settings.maxBackoff(),
                settings.maxRetryAfter(), random);
    }

    /**
     * After attempt number {@code attempt} (1-based) was answered with {@code status}.
     *
     * @param retryAfter the parsed Retry-After header, or null
     */
    public RetryDecision afterStatus(String method, int attempt, int status, Duration retryAfter) {
        boolean honoursRetryAfter = retryAfter != null && (status == 429 || status == 503);
        if (honoursRetryAfter && retryAfter.compareTo(maxRetryAfter) > 0) {
            // Waiting minutes inside a route would hold a thread and a pooled connection hostage: fail fast.
            return RetryDecision.retryAfterExceedsCap(retryAfter);
        }
        if (!isIdempotent(method) || !RETRYABLE_STATUS.contains(status) || attempt >= maxAttempts) {
            return RetryDecision.giveUp(retryAfter);
        }
        return RetryDecision.retryIn(honoursRetryAfter ? retryAfter : backoff(attempt), retryAfter);
    }

    /** After attempt number {@code attempt} (1-based) failed without any HTTP response. */
    public RetryDecision afterException(String method, int attempt, Throwable failure) {
        boolean retryable = neverReachedServer(failure)
                || (isIdempotent(method) && mayHaveReachedServerTransiently(failure));
        if (!retryable || attempt >= maxAttempts) {
            return RetryDecision.giveUp(null);
        }
        return RetryDecision.retryIn(backoff(attempt), null);
    }

    /**
     * Equal-jitter exponential backoff: half of {@code min(maxBackoff, initialBackoff * 2^(attempt-1))} fixed,
     * the other half random, so concurrent clients spread out but never retry immediately.
     */
    public Duration backoff(int attempt) {
        double exponential = initialBackoff.toMillis() * Math.pow(2, Math.max(attempt - 1, 0)); // no overflow
        long capped = (long) Math.min(exponential, maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (capped - half)));
    }

    public static boolean isIdempotent(String method) {
        return Set.of("GET", "PUT", "DELETE", "HEAD").contains(method);
    }

    /** Failures that happen before a single request byte could be sent: safe to resend any method. */
    public static boolean neverReachedServer(Throwable failure) {
        return failure instanceof ConnectException // includes HttpHostConnectException: refused
                || failure instanceof ConnectTimeoutException
                || failure instanceof ConnectionRequestTimeoutException // no pooled connection leased in time
                || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException
                || failure instanceof ProxyRefusedException refused && refused.isTransient(); // tunnel never opened
    }

    /** Failures after the request may have been sent: retryable only when resending is harmless. */
    static boolean mayHaveReachedServerTransiently(Throwable failure) {
        return failure instanceof SocketTimeoutException // response timeout (ConnectTimeout handled above)
                || failure instanceof NoHttpResponseException
                || failure instanceof ConnectionClosedException
                || failure instanceof SocketException; // connection reset, broken pipe
    }
}
