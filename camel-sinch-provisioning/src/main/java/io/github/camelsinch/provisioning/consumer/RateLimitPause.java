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
package io.github.camelsinch.provisioning.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers until when the API asked us to stay away (429 with Retry-After). Polls before then are skipped, so a
 * rate-limited consumer does not keep a project's quota exhausted.
 */
final class RateLimitPause {

    /** The pause when a 429 carries no Retry-After. */
    static final Duration DEFAULT_PAUSE = Duration.ofSeconds(60);
    /** The longest pause a server can impose: polls resume after this even if it asked for hours or years. */
    static final Duration MAX_PAUSE = Duration.ofMinutes(10);

    private final Clock clock;
    private volatile Instant until;

    RateLimitPause(Clock clock) {
        this.clock = clock;
    }

    /** Starts (or extends) a pause; returns its end. */
    Instant pauseFor(Duration retryAfter) {
        Duration pause = retryAfter == null || retryAfter.isNegative() ? DEFAULT_PAUSE
                : retryAfter.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : retryAfter;
        Instant end = clock.instant().plus(pause);
        until = end;
        return end;
    }

    boolean isActive() {
        Instant end = until;
        return end != null && clock.instant().isBefore(end);
    }

    /** The end of the current pause; empty when not paused. */
    Optional<Instant> until() {
        return isActive() ? Optional.ofNullable(until) : Optional.empty();
    }

    /** Ends an expired pause; true once per pause, so the caller logs the resumption once. */
    boolean endIfOver() {
        Instant end = until;
        if (end != null && !clock.instant().isBefore(end)) {
            until = null;
            return true;
        }
        return false;
    }
}
