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
package io.github.camelsinch.provisioning.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of a simulator instance. Defaults suit both a quick local demo and tests: loopback, a random free port,
 * the {@code sim-key-id}/{@code sim-key-secret} key, one-hour tokens, one lifecycle step every 5 seconds.
 *
 * <p>Use {@link #builder()}; {@link #defaults()} is the standalone configuration and
 * {@link #forTests()} uses a manual clock so lifecycles only move when the test advances time.
 */
public final class SimulatorConfig {

    private final String host;
    private final int port;
    private final String keyId;
    private final String keySecret;
    private final Duration tokenLifetime;
    private final Instant manualClockStart;
    private final Duration stepDelay;
    private final double timeScale;
    private final Duration tickInterval;
    private final long seed;
    private final String rejectMarker;
    private final double rejectionRate;
    private final String verificationCode;
    private final int maxWebhooks;
    private final int webhookMaxAttempts;
    private final Duration webhookBackoff;
    private final Duration webhookTimeout;
    private final boolean allowRemoteWebhooks;
    private final int requestLogCapacity;
    private final boolean strictProjects;
    private final List<String> projects;

    private SimulatorConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.keyId = b.keyId;
        this.keySecret = b.keySecret;
        this.tokenLifetime = b.tokenLifetime;
        this.manualClockStart = b.manualClockStart;
        this.stepDelay = b.stepDelay;
        this.timeScale = b.timeScale;
        this.tickInterval = b.tickInterval;
        this.seed = b.seed;
        this.rejectMarker = b.rejectMarker;
        this.rejectionRate = b.rejectionRate;
        this.verificationCode = b.verificationCode;
        this.maxWebhooks = b.maxWebhooks;
        this.webhookMaxAttempts = b.webhookMaxAttempts;
        this.webhookBackoff = b.webhookBackoff;
        this.webhookTimeout = b.webhookTimeout;
        this.allowRemoteWebhooks = b.allowRemoteWebhooks;
        this.requestLogCapacity = b.requestLogCapacity;
        this.strictProjects = b.strictProjects;
        this.projects = List.copyOf(b.projects);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The standalone defaults: system clock, lifecycles moving on their own. */
    public static SimulatorConfig defaults() {
        return builder().build();
    }

    /** Test defaults: a manual clock starting now, fast webhook retries. */
    public static SimulatorConfig forTests() {
        return builder().manualClock(Instant.now()).webhookBackoff(Duration.ofMillis(50)).build();
    }

    public String host() {
        return host;
    }

    /** The port to bind, 0 for a random free port. */
    public int port() {
        return port;
    }

    public String keyId() {
        return keyId;
    }

    public String keySecret() {
        return keySecret;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** The start of a manual clock, or null for the system clock. */
    public Instant manualClockStart() {
        return manualClockStart;
    }

    public Duration stepDelay() {
        return stepDelay;
    }

    public double timeScale() {
        return timeScale;
    }

    /** Simulated time one automatic lifecycle step takes: {@code stepDelay / timeScale}. */
    public Duration effectiveStepDelay() {
        return Duration.ofNanos((long) (stepDelay.toNanos() / timeScale));
    }

    public Duration tickInterval() {
        return tickInterval;
    }

    public long seed() {
        return seed;
    }

    public String rejectMarker() {
        return rejectMarker;
    }

    public double rejectionRate() {
        return rejectionRate;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public int maxWebhooks() {
        return maxWebhooks;
    }

    public int webhookMaxAttempts() {
        return webhookMaxAttempts;
    }

    public Duration webhookBackoff() {
        return webhookBackoff;
    }

    public Duration webhookTimeout() {
        return webhookTimeout;
    }

    public boolean allowRemoteWebhooks() {
        return allowRemoteWebhooks;
    }

    public int requestLogCapacity() {
        return requestLogCapacity;
    }

    /** Whether only {@link #projects()} and seeded projects are served (others get 401); off by default. */
    public boolean strictProjects() {
        return strictProjects;
    }

    /** The project ids served in strict mode (besides seeded ones); empty by default. */
    public List<String> projects() {
        return projects;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.keyId = keyId;
        b.keySecret = keySecret;
        b.tokenLifetime = tokenLifetime;
        b.manualClockStart = manualClockStart;
        b.stepDelay = stepDelay;
        b.timeScale = timeScale;
        b.tickInterval = tickInterval;
        b.seed = seed;
        b.rejectMarker = rejectMarker;
        b.rejectionRate = rejectionRate;
        b.verificationCode = verificationCode;
        b.maxWebhooks = maxWebhooks;
        b.webhookMaxAttempts = webhookMaxAttempts;
        b.webhookBackoff = webhookBackoff;
        b.webhookTimeout = webhookTimeout;
        b.allowRemoteWebhooks = allowRemoteWebhooks;
        b.requestLogCapacity = requestLogCapacity;
        b.strictProjects = strictProjects;
        b.projects = new LinkedHashSet<>(projects);
        return b;
    }

    @Override
    public String toString() {
        return "SimulatorConfig[host=" + host + ", port=" + port + ", keyId=" + keyId + ", keySecret=***"
                + ", stepDelay=" + stepDelay + ", timeScale=" + timeScale + ", seed=" + seed
                + ", manualClock=" + (manualClockStart != null) + ", strictProjects=" + strictProjects
                + ", projects=" + projects + "]";
    }

    /** Builder with the documented defaults. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private String keyId = "sim-key-id";
        private String keySecret = "sim-key-secret";
        private Duration tokenLifetime = Duration.ofHours(1);
        private Instant manualClockStart;
        private Duration stepDelay = Duration.ofSeconds(5);
        private double timeScale = 1.0;
        private Duration tickInterval = Duration.ofMillis(200);
        private long seed = 42;
        private String rejectMarker = "reject";
        private double rejectionRate;
        private String verificationCode = "123456";
        private int maxWebhooks = 15;
        private int webhookMaxAttempts = 3;
        private Duration webhookBackoff = Duration.ofSeconds(1);
        private Duration webhookTimeout = Duration.ofSeconds(5);
        private boolean allowRemoteWebhooks;
        private int requestLogCapacity = 1000;
        private boolean strictProjects;
        private Set<String> projects = new LinkedHashSet<>();

        private Builder() {
        }

        /** Address to bind; loopback by default. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** Port to bind; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The accepted access key (HTTP Basic and token endpoint). */
        public Builder credentials(String keyId, String keySecret) {
            this.keyId = Objects.requireNonNull(keyId);
            this.keySecret = Objects.requireNonNull(keySecret);
            return this;
        }

        /** Lifetime of issued bearer tokens ({@code expires_in}); one hour by default. */
        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = positive(tokenLifetime, "tokenLifetime");
            return this;
        }

        /** Time moves only through {@code control().advance(...)}, starting at {@code start}. */
        public Builder manualClock(Instant start) {
            this.manualClockStart = Objects.requireNonNull(start);
            return this;
        }

        /** Use the system clock (the default). */
        public Builder systemClock() {
            this.manualClockStart = null;
            return this;
        }

        /** Simulated time one automatic lifecycle step takes; 5 seconds by default. */
        public Builder stepDelay(Duration stepDelay) {
            this.stepDelay = positive(stepDelay, "stepDelay");
            return this;
        }

        /** Speeds lifecycles up (greater than 1) or slows them down: each step takes stepDelay / timeScale. */
        public Builder timeScale(double timeScale) {
            if (!(timeScale > 0)) {
                throw new IllegalArgumentException("timeScale must be positive");
            }
            this.timeScale = timeScale;
            return this;
        }

        /** How often the standalone scheduler applies due steps (system clock only); 200 ms by default. */
        public Builder tickInterval(Duration tickInterval) {
            this.tickInterval = positive(tickInterval, "tickInterval");
            return this;
        }

        /** Seed of ids and random outcomes; the same seed and the same calls give the same run. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Resources whose name contains this text are always rejected ("reject" by default; "" disables). */
        public Builder rejectMarker(String rejectMarker) {
            this.rejectMarker = Objects.requireNonNull(rejectMarker);
            return this;
        }

        /** Probability in [0, 1] that a review rejects a resource anyway; 0 by default. */
        public Builder rejectionRate(double rejectionRate) {
            if (rejectionRate < 0 || rejectionRate > 1) {
                throw new IllegalArgumentException("rejectionRate must be within [0, 1]");
            }
            this.rejectionRate = rejectionRate;
            return this;
        }

        /** The OTP accepted by WhatsApp and KakaoTalk sender verification; "123456" by default. */
        public Builder verificationCode(String verificationCode) {
            this.verificationCode = Objects.requireNonNull(verificationCode);
            return this;
        }

        /** Webhooks allowed per project; 15 like the real API. */
        public Builder maxWebhooks(int maxWebhooks) {
            this.maxWebhooks = maxWebhooks;
            return this;
        }

        /** Attempts per webhook delivery (first try included); 3 by default. */
        public Builder webhookMaxAttempts(int webhookMaxAttempts) {
            if (webhookMaxAttempts < 1) {
                throw new IllegalArgumentException("webhookMaxAttempts must be at least 1");
            }
            this.webhookMaxAttempts = webhookMaxAttempts;
            return this;
        }

        /** Wait before the first retry, doubled for each further one (real time); 1 second by default. */
        public Builder webhookBackoff(Duration webhookBackoff) {
            this.webhookBackoff = Objects.requireNonNull(webhookBackoff);
            return this;
        }

        /** Connect and response timeout of one delivery attempt; 5 seconds by default. */
        public Builder webhookTimeout(Duration webhookTimeout) {
            this.webhookTimeout = positive(webhookTimeout, "webhookTimeout");
            return this;
        }

        /** Deliver webhooks to non-loopback targets too (off by default, so nothing leaves the machine). */
        public Builder allowRemoteWebhooks(boolean allowRemoteWebhooks) {
            this.allowRemoteWebhooks = allowRemoteWebhooks;
            return this;
        }

        /** How many requests the request log keeps; 1000 by default, 0 disables it. */
        public Builder requestLogCapacity(int requestLogCapacity) {
            this.requestLogCapacity = requestLogCapacity;
            return this;
        }

        /**
         * Strict mode (off by default): only the {@link #projects(String...) configured} projects and those seeded
         * through the control API are served; a request for any other project id gets 401
         * {@code unauthorized_error}, as Sinch answers a project the access key cannot use. Without it every id
         * is served and starts empty.
         */
        public Builder strictProjects(boolean strictProjects) {
            this.strictProjects = strictProjects;
            return this;
        }

        /** Adds project ids that exist from the start (what strict mode serves); blank ids are refused. */
        public Builder projects(String... projectIds) {
            for (String id : projectIds) {
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("A project id must not be blank");
                }
                projects.add(id);
            }
            return this;
        }

        public SimulatorConfig build() {
            return new SimulatorConfig(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
