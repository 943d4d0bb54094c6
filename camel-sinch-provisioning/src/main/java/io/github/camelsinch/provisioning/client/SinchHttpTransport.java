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

import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shared HTTP side of the component: one connection pool (per distinct SSLContext), one token cache and one
 * set of metrics for every {@link SinchApiClient} it creates. Create one per Camel component, close it on stop.
 */
public final class SinchHttpTransport implements AutoCloseable {

    public static final int DEFAULT_MAX_CONNECTIONS_TOTAL = 50;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ROUTE = 20;
    private static final Logger LOG = LoggerFactory.getLogger(SinchHttpTransport.class);

    private final PooledHttpClients http;
    private final ClientMetrics metrics = new ClientMetrics();
    private final TokenCache tokenCache;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Random random;
    private final String defaultUserAgent = UserAgents.defaultUserAgent();
    private final AtomicBoolean basicAuthWarned = new AtomicBoolean();

    /** A transport with the default pool size, system clock and real sleeps. */
    public SinchHttpTransport() {
        this(builder());
    }

    private SinchHttpTransport(Builder b) {
        this.http = new PooledHttpClients(b.maxConnectionsTotal, b.maxConnectionsPerRoute);
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.random = b.random;
        this.tokenCache = new TokenCache(clock,
                new TokenEndpointClient(http, clock, sleeper, random, metrics, defaultUserAgent), metrics);
        warnIfHttpClientWireLoggingIsOn();
    }

    /**
     * HttpClient's own header and wire loggers print the Authorization header in clear; this package cannot
     * redact them, so at least say so once.
     */
    private static void warnIfHttpClientWireLoggingIsOn() {
        if (LoggerFactory.getLogger("org.apache.hc.client5.http.headers").isDebugEnabled()
                || LoggerFactory.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled()) {
            LOG.warn("DEBUG logging of org.apache.hc.client5.http.headers/wire is on: it writes the Authorization"
                    + " header (bearer token or key secret) and the proxy's Proxy-Authorization to the log; switch it"
                    + " off outside local debugging");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A client for these settings, sharing this transport's pool, token cache and metrics. */
    public SinchApiClient client(ClientSettings settings) {
        Objects.requireNonNull(settings, "settings");
        ensureOpen();
        if (settings.authType() == AuthType.BASIC && basicAuthWarned.compareAndSet(false, true)) {
            LOG.warn("Sinch Provisioning API client uses HTTP Basic authentication: Sinch rate limits it heavily and"
                    + " documents it for testing only; use OAuth2 (authType=OAUTH2) in production");
        }
        String userAgent = settings.userAgent() != null ? settings.userAgent() : defaultUserAgent;
        return new SinchApiClient(settings, this, Authenticator.of(settings, tokenCache),
                RetryPolicy.of(settings, random), userAgent);
    }

    public ClientMetrics metrics() {
        return metrics;
    }

    public TokenCache tokenCache() {
        return tokenCache;
    }

    /** {@code camel-sinch-provisioning/<version>}, sent when the settings name no User-Agent. */
    public String defaultUserAgent() {
        return defaultUserAgent;
    }

    public boolean isClosed() {
        return http.isClosed();
    }

    /** Closes every pooled connection; idempotent. Calls made afterwards fail with IllegalStateException. */
    @Override
    public void close() {
        http.close();
        tokenCache.clear();
    }

    @Override
    public String toString() {
        return "SinchHttpTransport[pools=" + http.poolCount() + ", closed=" + isClosed() + ", " + tokenCache + ", "
                + metrics + "]";
    }

    void ensureOpen() {
        http.ensureOpen();
    }

    PooledHttpClients http() {
        return http;
    }

    /** The clock of retries, rate-limit pauses and token expiry; a health check compares pauses against it. */
    public Clock clock() {
        return clock;
    }

    /** Connections of the pools currently leased to a request; 0 when idle or closed. */
    public int leasedConnections() {
        return http.leasedConnections();
    }

    /** How retries wait; the apply operations wait out a rate-limited write with it too. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** For tests: the live connection managers. */
    List<HttpClientConnectionManager> connectionManagers() {
        return http.connectionManagers();
    }

    /** Pool size and the time sources; tests inject a fake clock, a recording sleeper and a fixed Random. */
    public static final class Builder {
        private int maxConnectionsTotal = DEFAULT_MAX_CONNECTIONS_TOTAL;
        private int maxConnectionsPerRoute = DEFAULT_MAX_CONNECTIONS_PER_ROUTE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Random random = new Random();

        private Builder() {
        }

        public Builder maxConnectionsTotal(int value) {
            maxConnectionsTotal = requirePositive("maxConnectionsTotal", value);
            return this;
        }

        public Builder maxConnectionsPerRoute(int value) {
            maxConnectionsPerRoute = requirePositive("maxConnectionsPerRoute", value);
            return this;
        }

        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder sleeper(Sleeper value) {
            sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** Source of backoff jitter. */
        public Builder random(Random value) {
            random = Objects.requireNonNull(value, "random");
            return this;
        }

        public SinchHttpTransport build() {
            return new SinchHttpTransport(this);
        }

        private static int requirePositive(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, got " + value);
            }
            return value;
        }
    }
}
