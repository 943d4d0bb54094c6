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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.camelsinch.provisioning.tracking.TemplateStatuses.FIELDS;
import static io.github.camelsinch.provisioning.tracking.TemplateStatuses.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintTest {

    @Test
    void roundTripsEveryPartIncludingAbsentValues() {
        Fingerprint fp = new Fingerprint(true, statuses("ACTIVE", null), "2025-03-01T10:00:00Z",
                Map.of("qualityRating", "1a2b3c4d"), 7);
        assertEquals(Optional.of(fp), Fingerprint.decode(fp.encode(), FIELDS));
    }

    @Test
    void valuesCannotForgeSeparatorsOrBreakAFileStateRepository() {
        Fingerprint fp = new Fingerprint(true, statuses("A|B,C=D\nE", "%"), "x|y", Map.of(), 1);
        String text = fp.encode();
        assertFalse(text.contains("\n"), text);
        assertEquals(5, text.split("\\|", -1).length, text);
        assertEquals(Optional.of(fp), Fingerprint.decode(text, FIELDS));
    }

    @Test
    void staysSmall() {
        Fingerprint fp = new Fingerprint(true, statuses("PENDING_VERIFICATION", "MULTIPLE_WABA_ERROR"),
                "2025-03-01T10:00:00.123456Z", Map.of("qualityRating", "1a2b3c4d", "changes.details", "99aa88bb"),
                123456);
        assertTrue(fp.encode().length() < 200, fp.encode());
    }

    @Test
    void tombstoneKeepsTheTransitionCount() {
        Fingerprint tombstone = Fingerprint.tombstone(4);
        Fingerprint decoded = Fingerprint.decode(tombstone.encode(), FIELDS).orElseThrow();
        assertFalse(decoded.present());
        assertEquals(4, decoded.transitions());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "garbage", "1|a", "3|A,||x|1", "1|state=A||x|notanumber", "1|nopair||x|1",
        "2|A,B,C|||1", "2|A|||1", "2|A,||x|notanumber", "x|"})
    void unreadableTextCountsAsNeverSeen(String text) {
        assertEquals(Optional.empty(), Fingerprint.decode(text, FIELDS));
    }

    @Test
    void statusesAreStoredByPositionAndWatchedFieldsByName() {
        Fingerprint fp = new Fingerprint(true, statuses("APPROVED", null), null, Map.of("qualityRating", "1a2b3c4d"),
                0);
        assertEquals("2|APPROVED,||qualityRating=1a2b3c4d|0", fp.encode());
        // A resource kind whose status fields are named differently reads the same values under its own names.
        assertEquals(Map.of("status", "APPROVED"), new LinkedHashMap<>(Fingerprint.decode("2|APPROVED|||0",
                List.of("status")).orElseThrow().statuses()));
    }
}
