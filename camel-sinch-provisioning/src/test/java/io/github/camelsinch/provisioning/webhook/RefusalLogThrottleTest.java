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

import io.github.camelsinch.provisioning.client.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.camelsinch.provisioning.webhook.RejectionReason.BODY_TOO_LARGE;
import static io.github.camelsinch.provisioning.webhook.RejectionReason.REPLAYED_NONCE;
import static io.github.camelsinch.provisioning.webhook.RejectionReason.SIGNATURE_MISMATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The throttle as tables: a script of refusals and clock moves in, the WARN lines it asks for out. A script step is
 * a reason (one refusal, then ask for a due summary, as the consumer does), {@code +Ns} (the clock moves), or
 * {@code tick} (the timer asks for a due summary).
 */
class RefusalLogThrottleTest {

    private static final Duration INTERVAL = Duration.ofSeconds(60);

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("one refusal: one WARN", List.of("SIGNATURE_MISMATCH"),
                        List.of("first SIGNATURE_MISMATCH")),
                Arguments.of("the first of each reason at once", List.of("SIGNATURE_MISMATCH", "REPLAYED_NONCE",
                        "SIGNATURE_MISMATCH", "BODY_TOO_LARGE"),
                        List.of("first SIGNATURE_MISMATCH", "first REPLAYED_NONCE", "first BODY_TOO_LARGE")),
                Arguments.of("no summary within the interval", List.of("SIGNATURE_MISMATCH", "SIGNATURE_MISMATCH",
                        "+59s", "SIGNATURE_MISMATCH", "tick"),
                        List.of("first SIGNATURE_MISMATCH")),
                Arguments.of("a summary once the oldest quiet refusal is an interval old",
                        List.of("SIGNATURE_MISMATCH", "SIGNATURE_MISMATCH", "+30s", "REPLAYED_NONCE",
                                "REPLAYED_NONCE", "REPLAYED_NONCE", "+30s", "tick"),
                        List.of("first SIGNATURE_MISMATCH", "first REPLAYED_NONCE",
                                "refused 3 callbacks in the last 60 s: 2 REPLAYED_NONCE, 1 SIGNATURE_MISMATCH")),
                Arguments.of("the refusal that makes it due triggers the summary and is in it",
                        List.of("SIGNATURE_MISMATCH", "SIGNATURE_MISMATCH", "+61s", "SIGNATURE_MISMATCH"),
                        List.of("first SIGNATURE_MISMATCH",
                                "refused 2 callbacks in the last 61 s: 2 SIGNATURE_MISMATCH")),
                Arguments.of("at most one summary per interval", List.of("SIGNATURE_MISMATCH", "SIGNATURE_MISMATCH",
                        "+60s", "tick", "SIGNATURE_MISMATCH", "+10s", "SIGNATURE_MISMATCH", "tick",
                        "+50s", "tick", "tick"),
                        List.of("first SIGNATURE_MISMATCH",
                                "refused 1 callback in the last 60 s: 1 SIGNATURE_MISMATCH",
                                "refused 2 callbacks in the last 60 s: 2 SIGNATURE_MISMATCH")),
                Arguments.of("nothing quiet, nothing to sum up", List.of("SIGNATURE_MISMATCH", "+600s", "tick",
                        "REPLAYED_NONCE", "+600s", "tick"),
                        List.of("first SIGNATURE_MISMATCH", "first REPLAYED_NONCE")),
                Arguments.of("a reason seen long ago is summed up, not first again", List.of("BODY_TOO_LARGE",
                        "+3600s", "BODY_TOO_LARGE", "+60s", "tick"),
                        List.of("first BODY_TOO_LARGE", "refused 1 callback in the last 60 s: 1 BODY_TOO_LARGE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void warnLines(String name, List<String> script, List<String> expectedWarns) {
        FakeClock clock = new FakeClock();
        RefusalLogThrottle throttle = new RefusalLogThrottle(INTERVAL, clock);
        List<String> warns = new ArrayList<>();
        for (String step : script) {
            if (step.startsWith("+")) {
                clock.advance(Duration.ofSeconds(Long.parseLong(step.substring(1, step.length() - 1))));
            } else if (step.equals("tick")) {
                throttle.summaryIfDue().ifPresent(s -> warns.add(s.describe()));
            } else {
                RejectionReason reason = RejectionReason.valueOf(step);
                if (throttle.record(reason) == RefusalLogThrottle.Level.WARN) {
                    warns.add("first " + reason);
                }
                throttle.summaryIfDue().ifPresent(s -> warns.add(s.describe()));
            }
        }
        assertEquals(expectedWarns, warns);
    }

    @Test
    void aFloodGivesOneWarnPerReasonAndOneSummaryPerIntervalWhileEveryRefusalIsCounted() {
        FakeClock clock = new FakeClock();
        RefusalLogThrottle throttle = new RefusalLogThrottle(INTERVAL, clock);
        int warns = 0;
        for (int i = 0; i < 1_500; i++) {
            clock.advance(Duration.ofMillis(100)); // 150 s in all
            if (throttle.record(i % 5 == 0 ? REPLAYED_NONCE : SIGNATURE_MISMATCH) == RefusalLogThrottle.Level.WARN) {
                warns++;
            }
            warns += throttle.summaryIfDue().isPresent() ? 1 : 0;
        }
        assertEquals(2 + 2, warns, "2 firsts, then a summary at 60 s and one at 120 s");
        assertEquals(1_200, throttle.count(SIGNATURE_MISMATCH));
        assertEquals(300, throttle.count(REPLAYED_NONCE));
        assertEquals(1_500, throttle.total());
        assertEquals(Map.of(SIGNATURE_MISMATCH, 1_200L, REPLAYED_NONCE, 300L), throttle.counts());
        RefusalLogThrottle.Summary rest = throttle.drain().orElseThrow();
        assertTrue(rest.describe().startsWith("refused "), rest.describe());
        assertTrue(throttle.drain().isEmpty(), "drained");
    }

    @Test
    void drainReportsWhatIsPendingWhateverItsAge() {
        FakeClock clock = new FakeClock();
        RefusalLogThrottle throttle = new RefusalLogThrottle(INTERVAL, clock);
        assertTrue(throttle.drain().isEmpty());
        for (int i = 0; i < 1_500; i++) {
            throttle.record(i < 1_200 ? SIGNATURE_MISMATCH : REPLAYED_NONCE);
        }
        clock.advance(Duration.ofSeconds(5));

        assertTrue(throttle.summaryIfDue().isEmpty());
        assertEquals("refused 1,498 callbacks in the last 5 s: 1,199 SIGNATURE_MISMATCH, 299 REPLAYED_NONCE",
                throttle.drain().orElseThrow().describe());
    }

    @Test
    void theCountersStartAtZeroAndListOnlyReasonsThatOccurred() {
        RefusalLogThrottle throttle = new RefusalLogThrottle(INTERVAL, new FakeClock());
        assertEquals(0, throttle.total());
        assertEquals(Map.of(), throttle.counts());
        throttle.record(BODY_TOO_LARGE);
        assertEquals(Map.of(BODY_TOO_LARGE, 1L), throttle.counts());
        assertEquals(0, throttle.count(SIGNATURE_MISMATCH));
    }

    @Test
    void theIntervalMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RefusalLogThrottle(Duration.ZERO, new FakeClock()));
        assertThrows(IllegalArgumentException.class, () -> new RefusalLogThrottle(Duration.ofSeconds(-1),
                new FakeClock()));
    }
}
