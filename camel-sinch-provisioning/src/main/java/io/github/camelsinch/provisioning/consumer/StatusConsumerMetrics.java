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

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one status consumer measured since it was created: polls by outcome with their total time, changes emitted
 * by type, rate-limit pauses, the resources the last complete poll saw and when it ended. Thread-safe; read by
 * metrics (the {@code metrics} package) and tests, written by the consumer's poll.
 */
public final class StatusConsumerMetrics {

    /** How a poll ended. */
    public enum PollOutcome {
        /** Every target read to the end: removals could be decided. */
        COMPLETE,
        /** A listing stopped at maxPagesPerPoll, maxItemsPerPoll or a stop: its changes were emitted, no removals. */
        INCOMPLETE,
        /** An API call (other than a 429) or the state repository failed. */
        FAILED,
        /** A 429: polling pauses. */
        RATE_LIMITED;

        private final String tagValue = name().toLowerCase(Locale.ROOT);

        public String tagValue() {
            return tagValue;
        }
    }

    private final Map<PollOutcome, LongAdder> polls = new EnumMap<>(PollOutcome.class);
    private final Map<PollOutcome, LongAdder> pollNanos = new EnumMap<>(PollOutcome.class);
    private final Map<ChangeType, LongAdder> changes = new EnumMap<>(ChangeType.class);
    private final LongAdder rateLimitPauses = new LongAdder();
    private final LongAdder rateLimitPauseNanos = new LongAdder();
    private final Instant createdAt;
    private volatile Instant lastCompletePoll;
    private volatile int resources;

    StatusConsumerMetrics(Instant createdAt) {
        this.createdAt = createdAt;
        for (PollOutcome outcome : PollOutcome.values()) {
            polls.put(outcome, new LongAdder());
            pollNanos.put(outcome, new LongAdder());
        }
        for (ChangeType type : ChangeType.values()) {
            changes.put(type, new LongAdder());
        }
    }

    /** Polls that ended this way (skipped polls are not polls). */
    public long polls(PollOutcome outcome) {
        return polls.get(outcome).sum();
    }

    /** The total time of those polls, reading and emitting, in nanoseconds. */
    public long pollNanos(PollOutcome outcome) {
        return pollNanos.get(outcome).sum();
    }

    /** Changes of this type handed to the route (whether the route then succeeded or not). */
    public long changes(ChangeType type) {
        return changes.get(type).sum();
    }

    /** Rate-limit pauses started (a 429 answered a poll). */
    public long rateLimitPauses() {
        return rateLimitPauses.sum();
    }

    /** The total length of those pauses, as decided when each began, in nanoseconds. */
    public long rateLimitPauseNanos() {
        return rateLimitPauseNanos.sum();
    }

    /** Resources the last complete poll saw; 0 before one. */
    public int resources() {
        return resources;
    }

    /** When the last complete poll ended; empty before one. */
    public Optional<Instant> lastCompletePoll() {
        return Optional.ofNullable(lastCompletePoll);
    }

    /**
     * Time from the last complete poll (or the consumer's creation, before one) to {@code now}: grows without bound
     * while polls fail, are skipped or hang, so a stalled consumer shows.
     */
    public Duration sinceLastCompletePoll(Instant now) {
        Instant last = lastCompletePoll;
        Duration age = Duration.between(last != null ? last : createdAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    void pollEnded(PollOutcome outcome, long durationNanos, Instant endedAt, int resourcesSeen) {
        polls.get(outcome).increment();
        pollNanos.get(outcome).add(durationNanos);
        if (outcome == PollOutcome.COMPLETE) {
            resources = resourcesSeen;
            lastCompletePoll = endedAt;
        }
    }

    void changeEmitted(ChangeType type) {
        changes.get(type).increment();
    }

    void rateLimitPause(Duration pause) {
        rateLimitPauses.increment();
        rateLimitPauseNanos.add(pause.toNanos());
    }
}
