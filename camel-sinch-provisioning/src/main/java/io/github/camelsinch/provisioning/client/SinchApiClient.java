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

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Calls the Provisioning API with one set of {@link ClientSettings}, on the pool, token cache and metrics of the
 * {@link SinchHttpTransport} that created it. Thread-safe.
 */
public final class SinchApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(SinchApiClient.class);
    /** JSON has no charset parameter (RFC 8259); send exactly "application/json". */
    private static final ContentType JSON = ContentType.create("application/json", (java.nio.charset.Charset) null);

    private final ClientSettings settings;
    private final SinchHttpTransport transport;
    private final Authenticator authenticator;
    private final RetryPolicy retryPolicy;
    private final String userAgent;
    private final ClientMetrics metrics;
    /** Built once: the settings never change, and both cost a URI parse or a few KB on every call otherwise. */
    private final RequestUrls.Base base;
    private final RequestConfig requestConfig;
    private final PooledHttpClients.Pool pool;

    SinchApiClient(ClientSettings settings, SinchHttpTransport transport, Authenticator authenticator,
                   RetryPolicy retryPolicy, String userAgent) {
        this.settings = settings;
        this.transport = transport;
        this.authenticator = authenticator;
        this.retryPolicy = retryPolicy;
        this.userAgent = userAgent;
        this.metrics = new ClientMetrics(transport.metrics());
        this.base = RequestUrls.base(settings.baseUrl());
        this.requestConfig = PooledHttpClients.requestConfig(settings);
        this.pool = PooledHttpClients.Pool.of(settings);
    }

    public ClientSettings settings() {
        return settings;
    }

    /** The transport this client runs on: its pool, token cache, clock and component-wide metrics. */
    public SinchHttpTransport transport() {
        return transport;
    }

    /**
     * The counters of this client's own calls (they count in the transport's metrics as well). Token requests and
     * refreshes are shared by all clients and counted by the transport only.
     */
    public ClientMetrics metrics() {
        return metrics;
    }

    /**
     * Obtains what the next call would authenticate with, without calling the API: for OAuth2 an access token from
     * the shared cache, fetched when there is none; for Basic auth nothing (only a call can check the key).
     *
     * @throws ApiCallException     when the token endpoint refuses the key, fails or cannot be reached
     * @throws IllegalStateException when the transport is closed
     */
    public void authenticate() {
        transport.ensureOpen();
        try {
            authenticator.authorization();
        } catch (ApiCallException failure) {
            metrics.recordFailure(failure, transport.clock().instant());
            throw failure;
        }
    }

    /**
     * Sends the request, retrying per {@link RetryPolicy} and resending once with a new token after a 401.
     *
     * @return the response of a 2xx
     * @throws ApiCallException        for any other outcome
     * @throws IllegalStateException    when the transport is closed
     * @throws IllegalArgumentException when a path parameter is missing
     */
    public ApiResponse execute(ApiRequest request) {
        transport.ensureOpen();
        String pathAndQuery = RequestUrls.pathAndQuery(request);
        long started = System.nanoTime();
        metrics.recordCall();
        int[] sent = {0}; // HTTP requests of this call, for its attempts count
        // Anything but a response or a ApiCallException (the transport closed while the call waited) is TRANSPORT.
        CallOutcome outcome = CallOutcome.TRANSPORT;
        try {
            ApiResponse response = executeWithRetries(request, pathAndQuery, sent).withAttempts(sent[0]);
            metrics.recordOutcome(null);
            outcome = CallOutcome.SUCCESS;
            return response;
        } catch (ApiCallException failure) {
            metrics.recordFailure(failure, transport.clock().instant());
            outcome = CallOutcome.of(failure.kind());
            throw failure.withAttempts(sent[0]);
        } finally {
            metrics.recordCallEnd(request.operationId(), outcome, System.nanoTime() - started);
        }
    }

    private ApiResponse executeWithRetries(ApiRequest request, String pathAndQuery, int[] sent) {
        // One deadline for the whole call: attempts, backoffs and Retry-After waits all count against it.
        Instant callDeadline = transport.clock().instant().plus(settings.callTimeout());
        boolean renewedCredential = false;
        for (int attempt = 1;;) {
            String authorization = authenticator.authorization();
            ApiResponse response;
            try {
                Duration timeout = attemptTimeout(callDeadline);
                sent[0]++;
                metrics.recordAttempt();
                response = sendOnce(request, pathAndQuery, authorization, attempt, timeout);
            } catch (ResponseTooLargeException tooLarge) {
                // Not retried: the same request would get the same body.
                throw ErrorResponses.tooLarge(request.operationId(), request.displayName(),
                        describe(request, pathAndQuery), tooLarge);
            } catch (IOException failure) {
                RetryDecision decision = retryPolicy.afterException(request.method(), attempt, failure);
                if (!decision.retry() || !fitsBefore(callDeadline, decision.delay())) {
                    throw ErrorResponses.transportFailure(request, describe(request, pathAndQuery), attempt,
                            failure);
                }
                attempt = nextAttempt(request, pathAndQuery, attempt, decision.delay());
                continue;
            }
            metrics.recordStatus(response.statusCode());
            if (response.isSuccessful()) {
                return response;
            }
            if (response.statusCode() == 401) {
                metrics.recordAuthFailure();
                // One resend with a fresh credential, never a loop: a second 401 is a real rejection.
                if (!renewedCredential && authenticator.renewAfterUnauthorized(authorization)) {
                    renewedCredential = true;
                    continue;
                }
            }
            RetryDecision decision = decide(request, attempt, response);
            if (!decision.retry() || !fitsBefore(callDeadline, decision.delay())) {
                ErrorKind kind = decision.retryAfterTooLong() ? ErrorKind.RATE_LIMIT
                        : ErrorKind.forStatus(response.statusCode());
                throw ErrorResponses.fromResponse(request, describe(request, pathAndQuery), response, kind,
                        decision.retryAfter(), SecretScrubber.forAttempt(settings, authorization, request.body()),
                        response.statusCode() == 401 ? CredentialHints.afterUnauthorized(settings, renewedCredential)
                                : null);
            }
            if (response.statusCode() == 429) {
                metrics.recordRateLimitWait(decision.delay());
            }
            attempt = nextAttempt(request, pathAndQuery, attempt, decision.delay());
        }
    }

    /** {@code attemptTimeout}, or less when the call deadline comes first; fails when nothing is left. */
    private Duration attemptTimeout(Instant callDeadline) throws AttemptTimeoutException {
        Duration left = Duration.between(transport.clock().instant(), callDeadline);
        if (left.isNegative() || left.isZero()) {
            throw new AttemptTimeoutException(0); // the deadline passed while waiting for a token
        }
        return left.compareTo(settings.attemptTimeout()) < 0 ? left : settings.attemptTimeout();
    }

    /** Whether waiting {@code delay} still leaves time for another attempt: else fail now, not after the wait. */
    private boolean fitsBefore(Instant callDeadline, Duration delay) {
        return transport.clock().instant().plus(delay).isBefore(callDeadline);
    }

    /**
     * The method and URL this client sends the request to, as errors name it; it holds no credentials (they travel
     * in headers). For callers that raise their own errors about a call, e.g. after reading its response.
     */
    public String sanitizedUri(ApiRequest request) {
        return describe(request, RequestUrls.pathAndQuery(request));
    }

    /** Method and whole URL, for errors only: a successful call never builds this text. */
    private String describe(ApiRequest request, String pathAndQuery) {
        return request.method() + " " + base.url() + pathAndQuery;
    }

    private RetryDecision decide(ApiRequest request, int attempt, ApiResponse response) {
        Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), transport.clock().instant())
                .orElse(null);
        RetryDecision decision = retryPolicy.afterStatus(request.method(), attempt, response.statusCode(), retryAfter);
        if (response.statusCode() == 429) {
            Duration holdOff = retryAfter != null ? retryAfter : decision.delay();
            metrics.recordRateLimit(transport.clock().instant().plus(ClientMetrics.clampPause(holdOff)));
        }
        return decision;
    }

    private ApiResponse sendOnce(ApiRequest request, String pathAndQuery, String authorization, int attempt,
                                 Duration timeout) throws IOException {
        ApiHttpRequest http = new ApiHttpRequest(request.method(), base.host(), base.pathPrefix() + pathAndQuery,
                requestConfig);
        http.setHeader("Authorization", authorization);
        http.setHeader("Accept", "application/json");
        http.setHeader("User-Agent", userAgent);
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(request.body(), JSON));
            if (LOG.isTraceEnabled()) {
                // Redaction parses and rewrites the body: only pay for it when TRACE is on.
                LOG.trace("{} request body: {}", request.displayName(), Redaction.json(request.body()));
            }
        }
        long started = System.nanoTime();
        try {
            ApiResponse response = transport.http().send(http, pool, settings.maxResponseSize(), timeout);
            if (LOG.isDebugEnabled()) { // the arguments alone (an array, three boxes) cost more than the call
                LOG.debug("{} {} {} -> {} in {} ms (attempt {})", request.displayName(), request.method(),
                        pathOf(pathAndQuery), response.statusCode(), elapsedMs(started), attempt);
            }
            if (LOG.isTraceEnabled() && response.body().length > 0) {
                LOG.trace("{} response body: {}", request.displayName(), Redaction.json(response.body()));
            }
            return response;
        } catch (IOException e) {
            LOG.debug("{} {} {} -> {} in {} ms (attempt {})", request.displayName(), request.method(),
                    pathOf(pathAndQuery), e.getClass().getSimpleName(), elapsedMs(started), attempt);
            throw e;
        }
    }

    /** Waits out the delay and counts the retry; returns the next attempt number. */
    private int nextAttempt(ApiRequest request, String pathAndQuery, int attempt, Duration delay) {
        metrics.recordRetry();
        try {
            transport.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            String sanitizedUri = describe(request, pathAndQuery);
            throw ApiCallException.builder(ErrorKind.TRANSPORT, request.operationId(), sanitizedUri)
                    .operation(request.displayName())
                    .message(request.displayName() + " " + sanitizedUri + ": interrupted while waiting to retry")
                    .cause(e).build();
        }
        transport.ensureOpen();
        return attempt + 1;
    }

    /** The path without the query, for logs: query values may be page tokens. */
    private static String pathOf(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    @Override
    public String toString() {
        return "SinchApiClient[baseUrl=" + settings.baseUrl() + ", authType=" + settings.authType() + ", keyId="
                + settings.keyId() + "]";
    }
}
