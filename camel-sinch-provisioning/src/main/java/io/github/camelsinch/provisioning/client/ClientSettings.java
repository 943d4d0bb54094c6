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
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Immutable settings of one {@link SinchApiClient}: where to call, how to authenticate, the proxy on the way, and
 * the timeout and retry bounds. {@link #toString()} never shows the key secret or the proxy's credentials.
 */
public final class ClientSettings {

    private final String baseUrl;
    private final String authUrl;
    private final String keyId;
    private final String keySecret;
    private final AuthType authType;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration poolLeaseTimeout;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final Duration tokenRefreshMargin;
    private final SSLContext sslContext;
    private final String userAgent;
    private final long maxResponseSize;
    private final Duration attemptTimeout;
    private final Duration callTimeout;
    private final ProxySettings proxy;

    private ClientSettings(Builder b) {
        this.baseUrl = b.baseUrl;
        this.authUrl = b.authUrl;
        this.keyId = b.keyId;
        this.keySecret = b.keySecret;
        this.authType = b.authType;
        this.connectTimeout = b.connectTimeout;
        this.responseTimeout = b.responseTimeout;
        this.poolLeaseTimeout = b.poolLeaseTimeout;
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.tokenRefreshMargin = b.tokenRefreshMargin;
        this.sslContext = b.sslContext;
        this.userAgent = b.userAgent;
        this.maxResponseSize = b.maxResponseSize;
        this.attemptTimeout = b.attemptTimeout;
        this.callTimeout = b.callTimeout;
        this.proxy = b.proxy;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with these settings, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String authUrl() {
        return authUrl;
    }

    public String keyId() {
        return keyId;
    }

    public String keySecret() {
        return keySecret;
    }

    public AuthType authType() {
        return authType;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration responseTimeout() {
        return responseTimeout;
    }

    public Duration poolLeaseTimeout() {
        return poolLeaseTimeout;
    }

    /** Total attempts of one call, the first one included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** A Retry-After longer than this is not waited out: the call fails at once with {@link ErrorKind#RATE_LIMIT}. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    public Duration tokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    /** The TLS context to use, or null for the JVM default trust. */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** The User-Agent to send, or null for the transport's {@code camel-sinch-provisioning/<version>}. */
    public String userAgent() {
        return userAgent;
    }

    /** The largest response body read, in bytes after decompression; a larger one fails the call. */
    public long maxResponseSize() {
        return maxResponseSize;
    }

    /** The longest one HTTP request may take, connect to last body byte; it is then cancelled. */
    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    /** The longest one call may take, every attempt, backoff and Retry-After wait included. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** The HTTP proxy of the API and token calls, or null to connect directly. */
    public ProxySettings proxy() {
        return proxy;
    }

    @Override
    public String toString() {
        return "ClientSettings[baseUrl=" + baseUrl + ", authUrl=" + authUrl + ", keyId=" + keyId
                + ", keySecret=***, authType=" + authType + ", connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout + ", poolLeaseTimeout=" + poolLeaseTimeout
                + ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", maxRetryAfter=" + maxRetryAfter + ", tokenRefreshMargin=" + tokenRefreshMargin
                + ", sslContext=" + (sslContext == null ? "default" : "custom") + ", userAgent=" + userAgent
                + ", maxResponseSize="
                + maxResponseSize + ", attemptTimeout=" + attemptTimeout + ", callTimeout=" + callTimeout + ", proxy="
                + (proxy == null ? "none" : proxy) + "]";
    }

    /** Collects values; {@link #build()} validates them all at once. */
    public static final class Builder {
        private String baseUrl = ClientDefaults.BASE_URL;
        private String authUrl = ClientDefaults.AUTH_URL;
        private String keyId;
        private String keySecret;
        private AuthType authType = AuthType.of(ClientDefaults.AUTH_TYPE);
        private Duration connectTimeout = Duration.ofMillis(ClientDefaults.CONNECT_TIMEOUT);
        private Duration responseTimeout = Duration.ofMillis(ClientDefaults.RESPONSE_TIMEOUT);
        private Duration poolLeaseTimeout = Duration.ofMillis(ClientDefaults.POOL_LEASE_TIMEOUT);
        private int maxAttempts = ClientDefaults.MAX_ATTEMPTS;
        private Duration initialBackoff = Duration.ofMillis(ClientDefaults.INITIAL_BACKOFF);
        private Duration maxBackoff = Duration.ofMillis(ClientDefaults.MAX_BACKOFF);
        private Duration maxRetryAfter = Duration.ofMillis(ClientDefaults.MAX_RETRY_AFTER);
        private Duration tokenRefreshMargin = Duration.ofMillis(ClientDefaults.TOKEN_REFRESH_MARGIN);
        private SSLContext sslContext;
        private String userAgent;
        private long maxResponseSize = ClientDefaults.MAX_RESPONSE_SIZE;
        private Duration attemptTimeout = Duration.ofMillis(ClientDefaults.ATTEMPT_TIMEOUT);
        private Duration callTimeout = Duration.ofMillis(ClientDefaults.CALL_TIMEOUT);
        private ProxySettings proxy;

        private Builder() {
        }

        private Builder(ClientSettings s) {
            baseUrl = s.baseUrl;
            authUrl = s.authUrl;
            keyId = s.keyId;
            keySecret = s.keySecret;
            authType = s.authType;
            connectTimeout = s.connectTimeout;
            responseTimeout = s.responseTimeout;
            poolLeaseTimeout = s.poolLeaseTimeout;
            maxAttempts = s.maxAttempts;
            initialBackoff = s.initialBackoff;
            maxBackoff = s.maxBackoff;
            maxRetryAfter = s.maxRetryAfter;
            tokenRefreshMargin = s.tokenRefreshMargin;
            sslContext = s.sslContext;
            userAgent = s.userAgent;
            maxResponseSize = s.maxResponseSize;
            attemptTimeout = s.attemptTimeout;
            callTimeout = s.callTimeout;
            proxy = s.proxy;
        }

        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        public Builder authUrl(String value) {
            authUrl = value;
            return this;
        }

        public Builder keyId(String value) {
            keyId = value;
            return this;
        }

        public Builder keySecret(String value) {
            keySecret = value;
            return this;
        }

        public Builder authType(AuthType value) {
            authType = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder responseTimeout(Duration value) {
            responseTimeout = value;
            return this;
        }

        public Builder poolLeaseTimeout(Duration value) {
            poolLeaseTimeout = value;
            return this;
        }

        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        public Builder initialBackoff(Duration value) {
            initialBackoff = value;
            return this;
        }

        public Builder maxBackoff(Duration value) {
            maxBackoff = value;
            return this;
        }

        public Builder maxRetryAfter(Duration value) {
            maxRetryAfter = value;
            return this;
        }

        public Builder tokenRefreshMargin(Duration value) {
            tokenRefreshMargin = value;
            return this;
        }

        public Builder sslContext(SSLContext value) {
            sslContext = value;
            return this;
        }

        public Builder attemptTimeout(Duration value) {
            attemptTimeout = value;
            return this;
        }

        public Builder callTimeout(Duration value) {
            callTimeout = value;
            return this;
        }

        public Builder maxResponseSize(long value) {
            maxResponseSize = value;
            return this;
        }

        public Builder userAgent(String value) {
            userAgent = value;
            return this;
        }

        /** The HTTP proxy for the API and token calls; null (the default) connects directly. */
        public Builder proxy(ProxySettings value) {
            proxy = value;
            return this;
        }

        /** Validates and freezes the settings; throws IllegalArgumentException with the offending option. */
        public ClientSettings build() {
            baseUrl = EndpointUrls.requireSecureAbsolute("baseUrl", baseUrl);
            authUrl = EndpointUrls.requireSecureAbsolute("authUrl", authUrl);
            EndpointUrls.requireLocalWhenProxied("baseUrl", baseUrl, proxy);
            EndpointUrls.requireLocalWhenProxied("authUrl", authUrl, proxy);
            requireText("keyId", keyId);
            requireText("keySecret", keySecret);
            Objects.requireNonNull(authType, "authType");
            requirePositive("connectTimeout", connectTimeout);
            requirePositive("responseTimeout", responseTimeout);
            requirePositive("poolLeaseTimeout", poolLeaseTimeout);
            requirePositive("attemptTimeout", attemptTimeout);
            requirePositive("callTimeout", callTimeout);
            requirePositive("initialBackoff", initialBackoff);
            requirePositive("maxBackoff", maxBackoff);
            requireNotNegative("maxRetryAfter", maxRetryAfter);
            requireNotNegative("tokenRefreshMargin", tokenRefreshMargin);
            if (maxResponseSize < 1024) {
                throw new IllegalArgumentException("maxResponseSize must be at least 1024 bytes, got "
                        + maxResponseSize);
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
            }
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
            }
            if (userAgent != null && (userAgent.isBlank() || userAgent.matches("(?s).*[\\r\\n].*"))) {
                throw new IllegalArgumentException("userAgent must be a single non-blank line");
            }
            return new ClientSettings(this);
        }

        private static void requireText(String option, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(option + " is required");
            }
        }

        private static void requirePositive(String option, Duration value) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(option + " must be a positive duration, got " + value);
            }
        }

        private static void requireNotNegative(String option, Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException(option + " must not be negative, got " + value);
            }
        }
    }
}
