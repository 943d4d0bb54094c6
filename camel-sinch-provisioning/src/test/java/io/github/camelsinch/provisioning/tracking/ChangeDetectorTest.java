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
package io.github.camelsinch.provisioning.tracking;

import io.github.camelsinch.provisioning.consumer.ChangeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of change detection, as a table: stored fingerprint + what a poll saw -> the change (or none). */
class ChangeDetectorTest {

    private static final List<String> FIELDS = List.of("state", "changes.status");

    private static ResourceSnapshot snap(String state, String change, String modified, String quality) {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("state", state);
        statuses.put("changes.status", change);
        Map<String, String> watched = quality == null ? Map.of() : Map.of("qualityRating", quality);
        return new ResourceSnapshot("s1", statuses, modified, watched, null);
    }

    private static String stored(String state, String change, String modified, String quality, long n) {
        return Fingerprint.of(snap(state, change, modified, quality), n).encode();
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // stored fingerprint, current snapshot, expected type (null: none), previous, new, changed fields
                Arguments.of("never seen", null, snap("ACTIVE", null, "t1", null),
                        ChangeType.ADDED, null, "ACTIVE", List.of("state")),
                Arguments.of("tombstone", Fingerprint.tombstone(3).encode(), snap("ACTIVE", null, "t1", null),
                        ChangeType.ADDED, null, "ACTIVE", List.of("state")),
                Arguments.of("unreadable", "garbage", snap("ACTIVE", null, "t1", null),
                        ChangeType.ADDED, null, "ACTIVE", List.of("state")),
                Arguments.of("unchanged", stored("ACTIVE", null, "t1", null, 1), snap("ACTIVE", null, "t1", null),
                        null, null, null, List.of()),
                Arguments.of("modified only", stored("ACTIVE", null, "t1", null, 1), snap("ACTIVE", null, "t2", null),
                        null, null, null, List.of()),
                Arguments.of("state", stored("PENDING_VERIFICATION", null, "t1", null, 1),
                        snap("ACTIVE", null, "t2", null), ChangeType.CHANGED, "PENDING_VERIFICATION", "ACTIVE",
                        List.of("state")),
                Arguments.of("pending change appears", stored("ACTIVE", null, "t1", null, 1),
                        snap("ACTIVE", "DRAFT", "t2", null), ChangeType.CHANGED, "ACTIVE", "ACTIVE",
                        List.of("changes.status")),
                Arguments.of("state and change", stored("ACTIVE", "IN_PROGRESS", "t1", null, 1),
                        snap("INACTIVE", "REJECTED", "t2", null), ChangeType.CHANGED, "ACTIVE", "INACTIVE",
                        List.of("state", "changes.status")),
                Arguments.of("state disappears", stored("ACTIVE", null, "t1", null, 1),
                        snap(null, null, "t2", null), ChangeType.CHANGED, "ACTIVE", null, List.of("state")),
                Arguments.of("watched field", stored("ACTIVE", null, "t1", "aaaa0000", 1),
                        snap("ACTIVE", null, "t1", "bbbb1111"), ChangeType.CHANGED, "ACTIVE", "ACTIVE",
                        List.of("qualityRating")),
                Arguments.of("newly watched field is adopted, not reported", stored("ACTIVE", null, "t1", null, 1),
                        snap("ACTIVE", null, "t1", "bbbb1111"), null, null, null, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void detects(String name, String stored, ResourceSnapshot current, ChangeType type, String previous, String next,
                 List<String> fields) {
        Optional<StatusChange> change = ChangeDetector.detect(stored, current);
        if (type == null) {
            assertTrue(change.isEmpty(), () -> "expected no change, got " + change.get());
            return;
        }
        StatusChange c = change.orElseThrow();
        assertEquals(type, c.type());
        assertEquals(previous, c.previousStatus());
        assertEquals(next, c.newStatus());
        assertEquals(fields, c.changedFields());
        assertEquals(Optional.of(Fingerprint.of(current, c.newFingerprint().transitions())),
                Fingerprint.decode(c.newFingerprint().encode(), FIELDS),
                "the fingerprint stored on success is the snapshot");
    }

    @Test
    void theSameTransitionHasTheSameKeyAndALaterOneADifferentKey() {
        String pending = stored("PENDING_VERIFICATION", null, null, null, 1);
        StatusChange first = ChangeDetector.detect(pending, snap("ACTIVE", null, null, null)).orElseThrow();
        StatusChange again = ChangeDetector.detect(pending, snap("ACTIVE", null, null, null)).orElseThrow();
        assertEquals(first.dedupKey(), again.dedupKey(), "redelivery of one transition");

        // ACTIVE -> PENDING -> ACTIVE again, on a resource without a modified time: the count tells them apart.
        String active = first.newFingerprint().encode();
        StatusChange back = ChangeDetector.detect(active, snap("PENDING_VERIFICATION", null, null, null)).orElseThrow();
        StatusChange repeat = ChangeDetector.detect(back.newFingerprint().encode(), snap("ACTIVE", null, null, null))
                .orElseThrow();
        assertEquals(first.previousStatuses(), repeat.previousStatuses());
        assertEquals(first.newStatuses(), repeat.newStatuses());
        assertNotEquals(first.dedupKey(), repeat.dedupKey());
    }

    @Test
    void removalIsReportedOnlyForKnownResourcesAndLeavesATombstone() {
        assertTrue(ChangeDetector.removed("s1", null, FIELDS).isEmpty());
        assertTrue(ChangeDetector.removed("s1", Fingerprint.tombstone(2).encode(), FIELDS).isEmpty());
        StatusChange removed =
                ChangeDetector.removed("s1", stored("ACTIVE", null, "t1", null, 2), FIELDS).orElseThrow();
        assertEquals(ChangeType.REMOVED, removed.type());
        assertEquals("ACTIVE", removed.previousStatus());
        assertEquals(null, removed.newStatus());
        assertEquals(List.of("state"), removed.changedFields());
        assertEquals(Fingerprint.tombstone(3), removed.newFingerprint());

        StatusChange readded = ChangeDetector.detect(removed.newFingerprint().encode(),
                snap("ACTIVE", null, "t1", null)).orElseThrow();
        assertEquals(ChangeType.ADDED, readded.type());
        assertTrue(readded.dedupKey().startsWith("s1#4:"), readded.dedupKey());
    }

    @Test
    void refreshAdoptsNewlyWatchedFieldsOnly() {
        String stored = stored("ACTIVE", null, "t1", null, 5);
        String refreshed = ChangeDetector.refreshed(stored, snap("ACTIVE", null, "t1", "cccc2222")).orElseThrow();
        assertEquals(Map.of("qualityRating", "cccc2222"),
                Fingerprint.decode(refreshed, FIELDS).orElseThrow().watched());
        assertEquals(5, Fingerprint.decode(refreshed, FIELDS).orElseThrow().transitions());
        assertTrue(ChangeDetector.refreshed(stored, snap("ACTIVE", null, "t2", null)).isEmpty());
    }

    @Test
    void unchangedIsDecidedOnTheTextAndAgreesWithDetect() {
        String stored = stored("ACTIVE", null, "t1", "aaaa0000", 12);
        assertTrue(ChangeDetector.unchanged(stored, snap("ACTIVE", null, "t1", "aaaa0000")));
        assertTrue(ChangeDetector.detect(stored, snap("ACTIVE", null, "t1", "aaaa0000")).isEmpty());
        for (ResourceSnapshot other : List.of(snap("INACTIVE", null, "t1", "aaaa0000"),
                snap("ACTIVE", "DRAFT", "t1", "aaaa0000"), snap("ACTIVE", null, "t2", "aaaa0000"),
                snap("ACTIVE", null, "t1", "bbbb1111"), snap("ACTIVE", null, "t1", null))) {
            assertFalse(ChangeDetector.unchanged(stored, other), other.toString());
        }
        assertFalse(ChangeDetector.unchanged(null, snap("ACTIVE", null, "t1", null)));
        assertFalse(ChangeDetector.unchanged(Fingerprint.tombstone(3).encode(), snap("ACTIVE", null, "t1", null)));
        String state = stored.substring(0, stored.lastIndexOf('|') + 1);
        assertFalse(ChangeDetector.unchanged(state, snap("ACTIVE", null, "t1", "aaaa0000")), "no transition count");
        assertFalse(ChangeDetector.unchanged(state + "1x", snap("ACTIVE", null, "t1", "aaaa0000")));
    }
}
