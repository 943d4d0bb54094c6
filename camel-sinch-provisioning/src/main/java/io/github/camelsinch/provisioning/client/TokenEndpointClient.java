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

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * OAuth2 client-credentials request against the token URL. Only a 429 is retried (at most 3 attempts, Retry-After
 * honoured up to the cap); any other failure fails fast, because repeating a rejected secret only burns the
 * gateway's small burst allowance. Neither the secret nor the token ever reaches a message or log line.
 */
final class TokenEndpointClient implements TokenFetcher {

    static final String OPERATION_ID = "oauth2Token";
    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpointClient.class);
    private static final int MAX_ATTEMPTS = 3;
    /** Used when the endpoint omits expires_in: short enough to be safe, long enough not to hammer it. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    /** Sinch tokens live an hour; a day is far beyond that and keeps every expiry instant computable. */
    static final Duration MAX_LIFETIME = Duration.ofDays(1);
    /** OAuth error codes and descriptions are short; more of the server's text is not kept. */
    private static final int SNIPPET = 200;

    private final PooledHttpClients http;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Random random;
    private final ClientMetrics metrics;
    private final String defaultUserAgent;

    TokenEndpointClient(PooledHttpClients http, Clock clock, Sleeper sleeper, Random random, ClientMetrics metrics,
                        String defaultUserAgent) {
        this.http = http;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.metrics = metrics;
        this.defaultUserAgent = defaultUserAgent;
    }

    @Override
    public AccessToken fetch(ClientSettings settings) {
        RetryPolicy backoff = new RetryPolicy(MAX_ATTEMPTS, settings.initialBackoff(), settings.maxBackoff(),
                settings.maxRetryAfter(), random);
        for (int attempt = 1;; attempt++) {
            Instant requestedAt = clock.instant();
            ApiResponse response = send(settings);
            if (response.isSuccessful()) {
                AccessToken token;
                try {
                    token = parse(settings, response, requestedAt);
                } catch (ApiCallException unusable) {
                    metrics.recordTokenRequest(CallOutcome.of(unusable.kind()));
                    throw unusable;
                }
                metrics.recordTokenRequest(CallOutcome.SUCCESS);
                return token;
            }
            if (isOutage(response.statusCode())) {
                // The token server is down or overloaded, the credentials are not proven wrong: a transient SERVER
                // failure keeps liveness UP, so an orchestrator does not restart every pod during an outage.
                metrics.recordTokenRequest(CallOutcome.SERVER_ERROR);
                throw failure(settings, response, ErrorKind.SERVER, null);
            }
            if (response.statusCode() != 429) {
                metrics.recordTokenRequest(CallOutcome.AUTH);
                metrics.recordAuthFailure();
                throw failure(settings, response, ErrorKind.AUTHENTICATION, null);
            }
            metrics.recordTokenRequest(CallOutcome.RATE_LIMITED);
            Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock.instant()).orElse(null);
            boolean tooLong = retryAfter != null && retryAfter.compareTo(settings.maxRetryAfter()) > 0;
            Duration delay = retryAfter != null ? retryAfter : backoff.backoff(attempt);
            metrics.recordRateLimit(clock.instant().plus(ClientMetrics.clampPause(delay)));
            if (tooLong || attempt >= MAX_ATTEMPTS) {
                throw failure(settings, response, ErrorKind.RATE_LIMIT, retryAfter);
            }
            LOG.debug("Token endpoint {} answered 429, retrying in {} ms", settings.authUrl(), delay.toMillis());
            metrics.recordRateLimitWait(delay);
            pause(settings, delay);
        }
    }

    private ApiResponse send(ClientSettings settings) {
        HttpPost post = new HttpPost(URI.create(settings.authUrl()));
        post.setHeader("Authorization", BasicCredentials.header(settings));
        post.setHeader("Accept", "application/json");
        post.setHeader("User-Agent", settings.userAgent() != null ? settings.userAgent() : defaultUserAgent);
        post.setEntity(new StringEntity("grant_type=client_credentials", ContentType.APPLICATION_FORM_URLENCODED));
        long started = System.nanoTime();
        try {
            ApiResponse response = http.send(post, settings);
            LOG.debug("POST {} -> {} in {} ms", settings.authUrl(), response.statusCode(), elapsedMs(started));
            if (LOG.isTraceEnabled() && response.body().length > 0) {
                LOG.trace("Token response body: {}", Redaction.json(response.body()));
            }
            return response;
        } catch (ResponseTooLargeException tooLarge) {
            ApiCallException failure = ErrorResponses.tooLarge(OPERATION_ID, "token request", sanitizedUri(settings),
                    tooLarge);
            metrics.recordTokenRequest(CallOutcome.of(failure.kind()));
            throw failure;
        } catch (ProxyRefusedException refused) {
            // Not retried: a rejected proxy password is as permanent as a rejected key secret.
            LOG.debug("POST {} -> refused by the proxy (HTTP {}) after {} ms", settings.authUrl(), refused.status(),
                    elapsedMs(started));
            metrics.recordTokenRequest(CallOutcome.PROXY);
            throw ErrorResponses.proxyRefused(OPERATION_ID, "token request", sanitizedUri(settings), refused);
        } catch (IOException e) {
            metrics.recordTokenRequest(CallOutcome.TRANSPORT);
            LOG.debug("POST {} -> {} after {} ms", settings.authUrl(), e.getClass().getSimpleName(),
                    elapsedMs(started));
            throw ApiCallException.builder(ErrorKind.TRANSPORT, OPERATION_ID, sanitizedUri(settings))
                    .errorMessage(ErrorResponses.describe(e)).cause(e)
                    .message("token request to " + settings.authUrl() + " got no response: "
                            + ErrorResponses.describe(e))
                    .build();
        }
    }

    private AccessToken parse(ClientSettings settings, ApiResponse response, Instant requestedAt) {
        JsonNode json = ErrorResponses.parseObject(response.body());
        String token = json == null ? null : ErrorResponses.text(json, "access_token");
        if (token == null || token.isBlank()) {
            metrics.recordAuthFailure();
            // The body is not quoted: a malformed token response may still contain the token.
            throw ApiCallException.builder(ErrorKind.AUTHENTICATION, OPERATION_ID, sanitizedUri(settings))
                    .httpStatus(response.statusCode()).errorMessage("no access_token in token response")
                    .message("token request to " + settings.authUrl() + " returned HTTP " + response.statusCode()
                            + " without a usable access_token")
                    .build();
        }
        Duration lifetime = lifetime(json.get("expires_in"));
        // Measured from when the request was sent, so a slow response can only make us refresh earlier.
        return AccessToken.issued(token, requestedAt, lifetime, settings.tokenRefreshMargin());
    }

    /**
     * {@code expires_in} as a lifetime: absent, unreadable or not positive means the default; above a day it
     * saturates at a day, so no value the server sends can overflow the expiry instant.
     */
    static Duration lifetime(JsonNode expiresIn) {
        if (expiresIn == null || !expiresIn.isIntegralNumber() || !expiresIn.canConvertToLong()) {
            return expiresIn != null && expiresIn.isNumber() && expiresIn.asDouble() > MAX_LIFETIME.toSeconds()
                    ? MAX_LIFETIME : DEFAULT_LIFETIME;
        }
        long seconds = expiresIn.asLong();
        if (seconds <= 0) {
            return DEFAULT_LIFETIME;
        }
        return seconds > MAX_LIFETIME.toSeconds() ? MAX_LIFETIME : Duration.ofSeconds(seconds);
    }

    /** 5xx and 408: the token server failed, not the credentials. */
    static boolean isOutage(int status) {
        return status == 408 || (status >= 500 && status <= 599);
    }

    /** OAuth error bodies carry {@code error} / {@code error_description}; they hold no secrets. */
    private static ApiCallException failure(ClientSettings settings, ApiResponse response, ErrorKind kind,
                                            Duration retryAfter) {
        JsonNode json = ErrorResponses.parseObject(response.body());
        // The token endpoint may echo the Basic credentials it was sent: scrub them before anything is kept.
        SecretScrubber scrubber = SecretScrubber.forAttempt(settings, BasicCredentials.header(settings), null);
        String error = json == null ? null : ErrorResponses.serverText(scrubber, ErrorResponses.text(json, "error"),
                SNIPPET);
        String description = json == null ? null : ErrorResponses.text(json, "error_description");
        String detail = description != null ? ErrorResponses.serverText(scrubber, description, SNIPPET)
                : ErrorResponses.reasonPhrase(response.statusCode());
        // Only a refusal gets a hint: after a 429 or an outage the key may well be right.
        String hint = kind == ErrorKind.AUTHENTICATION ? CredentialHints.tokenRefused(settings, response.statusCode())
                : null;
        String message = "token request to " + settings.authUrl() + " failed: HTTP " + response.statusCode()
                + (error == null ? "" : " " + error) + ": " + detail
                + (hint == null ? "" : (detail.endsWith(".") ? " " : ". ") + hint)
                + (retryAfter == null ? "" : " [retry after " + retryAfter.toSeconds() + " s]");
        return ApiCallException.builder(kind, OPERATION_ID, sanitizedUri(settings)).operation("token request")
                .hint(hint).httpStatus(response.statusCode()).errorCode(error).errorMessage(detail)
                .retryAfter(retryAfter).message(message).build();
    }

    private void pause(ClientSettings settings, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiCallException.builder(ErrorKind.TRANSPORT, OPERATION_ID, sanitizedUri(settings))
                    .message("interrupted while waiting to retry the token request to " + settings.authUrl())
                    .cause(e).build();
        }
    }

    private static String sanitizedUri(ClientSettings settings) {
        return "POST " + settings.authUrl();
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
