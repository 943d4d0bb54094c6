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
package io.github.camelsinch.provisioning.simulator.auth;

import io.github.camelsinch.provisioning.simulator.SimulatorClock;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues opaque bearer tokens that expire on the simulator clock, so a test can expire a token by advancing the
 * clock instead of waiting an hour.
 */
public final class TokenIssuer {

    private static final int PURGE_THRESHOLD = 10_000;

    private final SimulatorClock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();

    public TokenIssuer(SimulatorClock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public String issue() {
        if (expiries.size() > PURGE_THRESHOLD) {
            Instant now = clock.now();
            expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "sim." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(token, clock.now().plus(lifetime));
        issued.incrementAndGet();
        return token;
    }

    public boolean isValid(String token) {
        Instant expiry = expiries.get(token);
        return expiry != null && expiry.isAfter(clock.now());
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** How many tokens were issued since start, for tests that count token requests. */
    public long issuedCount() {
        return issued.get();
    }
}
