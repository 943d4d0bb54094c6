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
package io.github.camelsinch.provisioning.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.LongAdder;

/**
 * Decides how refused callbacks are logged, so that a flood of forged, replayed or oversized requests cannot flood
 * the log: the first refusal of each reason is logged at WARN at once (it is what tells an operator that the secret
 * is wrong or the signing scheme changed), later ones at DEBUG, and their counts go into a WARN summary written at
 * most once per interval ("refused 1,499 callbacks in the last 60 s: 1,200 SIGNATURE_MISMATCH, 299 REPLAYED_NONCE").
 * It also keeps the refusal counters per reason since the start.
 * <p>
 * It writes no log itself and reads time only from its clock, so its table tests need no logger and no waiting.
 * Thread-safe.
 */
final class RefusalLogThrottle {

    /** How to log one refusal. */
    enum Level {
        /** The first refusal of its reason: log it at WARN now. */
        WARN,
        /** A later refusal: DEBUG; it is counted in the next summary. */
        DEBUG
    }

    /**
     * The refusals logged at DEBUG only, over a window.
     *
     * @param window how long ago the first of them happened
     * @param counts per reason, largest first; only reasons that occurred
     */
    record Summary(Duration window, Map<RejectionReason, Long> counts) {

        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** e.g. {@code refused 1,499 callbacks in the last 60 s: 1,200 SIGNATURE_MISMATCH, 299 REPLAYED_NONCE}. */
        String describe() {
            StringJoiner perReason = new StringJoiner(", ");
            counts.forEach((reason, count) -> perReason.add(String.format(Locale.ROOT, "%,d %s", count, reason)));
            long seconds = Math.max(1, (window.toMillis() + 999) / 1000);
            return String.format(Locale.ROOT, "refused %,d callback%s in the last %,d s: %s", total(),
                    total() == 1 ? "" : "s", seconds, perReason);
        }
    }

    private final Duration interval;
    private final InstantSource clock;
    private final Map<RejectionReason, LongAdder> totals = new EnumMap<>(RejectionReason.class);
    // Guarded by this: which reasons were logged at WARN, and the refusals not in a WARN line yet.
    private final Map<RejectionReason, Long> pending = new EnumMap<>(RejectionReason.class);
    private final boolean[] warned = new boolean[RejectionReason.values().length];
    private Instant pendingSince;

    /**
     * @param interval the shortest time between two summaries; positive
     * @param clock    the time refusals are stamped with
     */
    RefusalLogThrottle(Duration interval, InstantSource clock) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("refusalLogInterval must be positive");
        }
        this.interval = interval;
        this.clock = clock;
        for (RejectionReason reason : RejectionReason.values()) {
            totals.put(reason, new LongAdder());
        }
    }

    /** Counts one refusal and says how to log it. */
    Level record(RejectionReason reason) {
        totals.get(reason).increment();
        synchronized (this) {
            if (!warned[reason.ordinal()]) {
                warned[reason.ordinal()] = true;
                return Level.WARN;
            }
            pending.merge(reason, 1L, Long::sum);
            if (pendingSince == null) {
                pendingSince = clock.instant();
            }
            return Level.DEBUG;
        }
    }

    /**
     * The summary to log at WARN now, if one is due: there are refusals logged at DEBUG only, and the first of them
     * is at least one interval old. Taking it starts a new window, so summaries are at least an interval apart.
     */
    synchronized Optional<Summary> summaryIfDue() {
        if (pendingSince == null || clock.instant().isBefore(pendingSince.plus(interval))) {
            return Optional.empty();
        }
        return Optional.of(take());
    }

    /** The refusals not in a WARN line yet, whatever their age: when the receiver stops, nothing goes unreported. */
    synchronized Optional<Summary> drain() {
        return pendingSince == null ? Optional.empty() : Optional.of(take());
    }

    Duration interval() {
        return interval;
    }

    long count(RejectionReason reason) {
        return totals.get(reason).sum();
    }

    long total() {
        return totals.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** The reasons refused at least once since the start, in declaration order. */
    Map<RejectionReason, Long> counts() {
        Map<RejectionReason, Long> counts = new EnumMap<>(RejectionReason.class);
        totals.forEach((reason, count) -> {
            long n = count.sum();
            if (n > 0) {
                counts.put(reason, n);
            }
        });
        return Collections.unmodifiableMap(counts);
    }

    private Summary take() {
        List<Map.Entry<RejectionReason, Long>> entries = new ArrayList<>(pending.entrySet());
        entries.sort(Map.Entry.<RejectionReason, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<RejectionReason, Long> counts = new LinkedHashMap<>();
        entries.forEach(e -> counts.put(e.getKey(), e.getValue()));
        Duration window = Duration.between(pendingSince, clock.instant());
        Summary summary =
                new Summary(window.isNegative() ? Duration.ZERO : window, Collections.unmodifiableMap(counts));
        pending.clear();
        pendingSince = null;
        return summary;
    }
}
