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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The simulator's notion of "now", used for token expiry, timestamps and lifecycle steps.
 *
 * <p>It is a base clock plus an offset that only grows. With a fixed base ({@link #manual(Instant)}) time moves
 * only when a test calls {@link #advance(Duration)}, which makes expiry and lifecycles deterministic; with the
 * system base ({@link #system()}) time runs normally and {@code advance} still lets a demo skip ahead.
 */
public final class SimulatorClock {

    private final Clock base;
    private final boolean manual;
    private volatile Duration offset = Duration.ZERO;

    private SimulatorClock(Clock base, boolean manual) {
        this.base = base;
        this.manual = manual;
    }

    public static SimulatorClock system() {
        return new SimulatorClock(Clock.systemUTC(), false);
    }

    public static SimulatorClock manual(Instant start) {
        return new SimulatorClock(Clock.fixed(start, ZoneOffset.UTC), true);
    }

    public Instant now() {
        return base.instant().plus(offset);
    }

    /** Whether time moves only through {@link #advance(Duration)}. */
    public boolean isManual() {
        return manual;
    }

    /** Moves time forward; negative durations are refused because tokens and schedules assume monotonic time. */
    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The simulator clock only moves forward: " + duration);
        }
        offset = offset.plus(duration);
    }
}
