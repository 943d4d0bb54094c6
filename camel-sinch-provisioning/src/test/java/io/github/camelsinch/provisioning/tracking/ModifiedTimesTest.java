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

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a pushed state counts as older than the delivered one: only when both times are known and strictly so. */
class ModifiedTimesTest {

    @Test
    void strictlyEarlierIsBefore() {
        assertTrue(ModifiedTimes.isBefore("2025-01-01T10:00:00Z", "2025-01-01T10:00:01Z"));
        assertTrue(ModifiedTimes.isBefore("2025-01-01T10:00:00.204Z", "2025-01-01T10:00:00.205Z"));
        // The instant counts, not the text: 11:00+02:00 is 09:00Z.
        assertTrue(ModifiedTimes.isBefore("2025-01-01T11:00:00+02:00", "2025-01-01T10:00:00Z"));
        assertFalse(ModifiedTimes.isBefore("2025-01-01T10:00:01Z", "2025-01-01T10:00:00Z"));
    }

    @Test
    void equalTimesHaveNoOrder() {
        assertFalse(ModifiedTimes.isBefore("2025-01-01T10:00:00Z", "2025-01-01T10:00:00Z"));
        assertFalse(ModifiedTimes.isBefore("2025-01-01T12:00:00+02:00", "2025-01-01T10:00:00Z"));
    }

    @Test
    void anUnknownTimeHasNoOrder() {
        assertFalse(ModifiedTimes.isBefore(null, "2025-01-01T10:00:00Z"));
        assertFalse(ModifiedTimes.isBefore("2025-01-01T10:00:00Z", null));
        assertFalse(ModifiedTimes.isBefore("", "2025-01-01T10:00:00Z"));
        assertFalse(ModifiedTimes.isBefore("yesterday", "2025-01-01T10:00:00Z"));
        assertFalse(ModifiedTimes.isBefore("2025-01-01T10:00:00", "2025-01-01T11:00:00Z"), "no offset: no instant");
    }
}
