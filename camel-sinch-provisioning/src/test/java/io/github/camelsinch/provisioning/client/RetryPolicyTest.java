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
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.net.ssl.SSLHandshakeException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RetryPolicy as a pure table: method x outcome -> retry? and how long. */
class RetryPolicyTest {

    /** A Random whose jitter is always the given fraction, to make delays exact. */
    private static Random fixedJitter(double fraction) {
        return new Random() {
            private static final long serialVersionUID = 1L;

            @Override
            public double nextDouble() {
                return fraction;
            }
        };
    }

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5),
            Duration.ofSeconds(30), fixedJitter(0.0));

    private static final Map<String, IOException> FAILURES = Map.of(
            "refused", new HttpHostConnectException("refused"),
            "connectTimeout", new ConnectTimeoutException("connect timed out"),
            "leaseTimeout", new ConnectionRequestTimeoutException("no pooled connection"),
            "unknownHost", new UnknownHostException("nowhere"),
            "responseTimeout", new SocketTimeoutException("Read timed out"),
            "noResponse", new NoHttpResponseException("no response"),
            "reset", new SocketException("Connection reset"),
            "tls", new SSLHandshakeException("bad certificate"),
            "otherIo", new IOException("other"));

    @ParameterizedTest(name = "{0} after {1} -> retry={2}")
    @CsvSource({
        "GET, refused, true", "GET, connectTimeout, true", "GET, leaseTimeout, true", "GET, unknownHost, true",
        "GET, responseTimeout, true", "GET, noResponse, true", "GET, reset, true", "GET, tls, false",
        "GET, otherIo, false",
        "PUT, responseTimeout, true", "DELETE, reset, true", "HEAD, noResponse, true",
        "POST, refused, true", "POST, connectTimeout, true", "POST, leaseTimeout, true", "POST, unknownHost, true",
        "POST, responseTimeout, false", "POST, noResponse, false", "POST, reset, false", "POST, tls, false",
        "PATCH, refused, true", "PATCH, responseTimeout, false", "PATCH, reset, false",
    })
    void exceptionsTable(String method, String failure, boolean retry) {
        RetryDecision d = policy.afterException(method, 1, FAILURES.get(failure));
        assertEquals(retry, d.retry());
        assertEquals(retry ? Duration.ofMillis(100) : Duration.ZERO, d.delay()); // equal jitter, fraction 0
    }

    @ParameterizedTest(name = "{0} answered {1} -> retry={2}")
    @CsvSource({
        "GET, 429, true", "GET, 500, true", "GET, 502, true", "GET, 503, true", "GET, 504, true",
        "GET, 501, false", "GET, 400, false", "GET, 401, false", "GET, 404, false", "GET, 409, false",
        "PUT, 503, true", "DELETE, 500, true",
        "POST, 429, false", "POST, 500, false", "POST, 503, false", "PATCH, 502, false", "PATCH, 429, false",
    })
    void statusTable(String method, int status, boolean retry) {
        assertEquals(retry, policy.afterStatus(method, 1, status, null).retry());
    }

    @Test
    void attemptsAreBoundedByMaxAttempts() {
        assertTrue(policy.afterStatus("GET", 2, 503, null).retry());
        assertFalse(policy.afterStatus("GET", 3, 503, null).retry());
        assertTrue(policy.afterException("POST", 2, new ConnectException("refused")).retry());
        assertFalse(policy.afterException("POST", 3, new ConnectException("refused")).retry());
    }

    @Test
    void retryAfterWithinTheCapIsUsedExactlyWithoutJitter() {
        RetryDecision d = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30),
                fixedJitter(0.99)).afterStatus("GET", 1, 429, Duration.ofSeconds(7));
        assertTrue(d.retry());
        assertEquals(Duration.ofSeconds(7), d.delay());
        assertEquals(Duration.ofSeconds(7), d.retryAfter());
    }

    @Test
    void retryAfterAboveTheCapFailsFastEvenOnTheFirstAttempt() {
        RetryDecision d = policy.afterStatus("GET", 1, 429, Duration.ofSeconds(120));
        assertFalse(d.retry());
        assertTrue(d.retryAfterTooLong());
        assertEquals(Duration.ofSeconds(120), d.retryAfter());
        assertTrue(policy.afterStatus("POST", 1, 429, Duration.ofSeconds(120)).retryAfterTooLong());
    }

    @Test
    void exhausted429KeepsTheRetryAfterForTheException() {
        RetryDecision d = policy.afterStatus("GET", 3, 429, Duration.ofSeconds(2));
        assertFalse(d.retry());
        assertFalse(d.retryAfterTooLong());
        assertEquals(Duration.ofSeconds(2), d.retryAfter());
    }

    @Test
    void backoffIsExponentialCappedAndJittered() {
        RetryPolicy low = new RetryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30),
                fixedJitter(0.0));
        RetryPolicy high = new RetryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30),
                fixedJitter(0.999_999));
        long[] ceilings = {200, 400, 800, 1600, 3200, 5000, 5000};
        for (int attempt = 1; attempt <= ceilings.length; attempt++) {
            assertEquals(ceilings[attempt - 1] / 2, low.backoff(attempt).toMillis(), "floor at attempt " + attempt);
            assertEquals(ceilings[attempt - 1] - 1, high.backoff(attempt).toMillis(), "top at attempt " + attempt);
        }
        assertEquals(2500, low.backoff(200).toMillis()); // no overflow for absurd attempt numbers
    }

    @Test
    void retryAfterHeaderParsesSecondsAndHttpDates() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Wed, 01 Jan 2025 00:00:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Tue, 31 Dec 2024 23:59:00 GMT", now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
        assertEquals(Optional.empty(), RetryAfter.parse(null, now));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", now));
    }
}
