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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static io.github.camelsinch.provisioning.tracking.TemplateStatuses.FIELDS;
import static io.github.camelsinch.provisioning.tracking.TemplateStatuses.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check of stored fingerprint text, as tables: what is read, and what is unreadable and why. */
class StoredFingerprintTest {

    static Stream<Arguments> readable() {
        return Stream.of(
                Arguments.of("2|ACTIVE,|t1||0", new Fingerprint(true, statuses("ACTIVE", null), "t1", Map.of(), 0)),
                Arguments.of("2|ACTIVE,DRAFT|2025-03-01T10%3A00%3A00Z|qualityRating=1a2b3c4d,changes.details=-|7",
                        new Fingerprint(true, statuses("ACTIVE", "DRAFT"), "2025-03-01T10:00:00Z",
                                Map.of("qualityRating", "1a2b3c4d", "changes.details", "-"), 7)),
                Arguments.of("2|A%7CB%2CC%3DD%0AE,%25|x%7Cy||1",
                        new Fingerprint(true, statuses("A|B,C=D\nE", "%"), "x|y", Map.of(), 1)),
                Arguments.of("2|,|||999999999999999999",
                        new Fingerprint(true, statuses(null, null), null, Map.of(), 999_999_999_999_999_999L)),
                Arguments.of("x|4", Fingerprint.tombstone(4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void reads(String text, Fingerprint expected) {
        StoredFingerprint stored = StoredFingerprint.read(text, FIELDS);
        assertEquals(StoredFingerprint.Kind.READABLE, stored.kind(), stored::problem);
        assertEquals(expected, stored.fingerprint());
        assertNull(stored.problem());
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("empty", "", "is empty"),
                Arguments.of("blank", " ", "U+0020"),
                Arguments.of("too long", "2|" + "A".repeat(StoredFingerprint.MAX_LENGTH) + ",|||0", "characters long"),
                Arguments.of("control character", "2|ACTIVE,|t1||0\u0007", "U+0007 at position 15"),
                Arguments.of("carriage return", "2|ACTIVE,|t1||0\r", "U+000D"),
                Arguments.of("non-ASCII", "2|ACTIV\u00c9,|t1||0", "U+00C9"),
                Arguments.of("unknown version", "9|ACTIVE,|t1||0", "unknown version"),
                Arguments.of("garbage", "garbage", "unknown version"),
                Arguments.of("cut short", "2|ACT", "2 '|'-separated parts where version 2 has 5"),
                Arguments.of("a part too many", "2|ACTIVE,|t1|||0", "6 '|'-separated parts"),
                Arguments.of("too few statuses", "2|ACTIVE|t1||0", "1 status value(s) where the resource kind has 2"),
                Arguments.of("too many statuses", "2|A,B,C|||1", "3 status value(s)"),
                Arguments.of("broken escape", "2|ACT%ZZIVE,|t1||0", "broken %-escape in its value of state"),
                Arguments.of("escape cut short", "2|ACTIVE,%4|t1||0", "broken %-escape in its value of changes.status"),
                Arguments.of("escape of a byte that is not UTF-8", "2|ACTIVE,|t%E9||0",
                        "modified time not in the form"),
                Arguments.of("needless escape", "2|%41CTIVE,|||0", "value of state not in the form"),
                Arguments.of("hash not hex", "2|ACTIVE,|t1|q=zz|0", "watched field hash of 2 character(s)"),
                Arguments.of("hash upper case", "2|ACTIVE,|t1|q=1A2B3C4D|0", "watched field hash"),
                Arguments.of("hash too short", "2|ACTIVE,|t1|q=1a2b|0", "watched field hash of 4"),
                Arguments.of("watched without name", "2|ACTIVE,|t1|=1a2b3c4d|0", "not name=value"),
                Arguments.of("watched without hash", "2|ACTIVE,|t1|q|0", "not name=value"),
                Arguments.of("two '=' in a pair", "2|ACTIVE,|t1|q=1a2b3c4d=|0", "not name=value"),
                Arguments.of("count not a number", "2|ACTIVE,|t1||x", "not a number"),
                Arguments.of("negative count", "2|ACTIVE,|t1||-1", "not a number"),
                Arguments.of("no count", "2|ACTIVE,|t1||", "0 digit(s)"),
                Arguments.of("count overflows", "2|ACTIVE,|t1||99999999999999999999999", "23 digit(s)"),
                Arguments.of("tombstone without count", "x|", "0 digit(s)"),
                Arguments.of("tombstone with more", "x|1|2", "3 '|'-separated parts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void rejects(String name, String text, String problem) {
        StoredFingerprint stored = StoredFingerprint.read(text, FIELDS);
        assertEquals(StoredFingerprint.Kind.UNREADABLE, stored.kind(), () -> "read as " + stored.fingerprint());
        assertNull(stored.fingerprint());
        assertTrue(stored.problem().contains(problem), stored.problem());
        assertTrue(stored.problem().length() < 160, "the problem says what, without the text: " + stored.problem());
        assertTrue(Fingerprint.decode(text, FIELDS).isEmpty());
    }

    @Test
    void nullIsMissingNotUnreadable() {
        StoredFingerprint stored = StoredFingerprint.read(null, FIELDS);
        assertEquals(StoredFingerprint.Kind.MISSING, stored.kind());
        assertFalse(stored.isUnreadable());
        assertTrue(stored.readable().isEmpty());
    }

    @Test
    void everyTextEncodeWritesIsReadBackAsItsFingerprint() {
        Random random = new Random(7);
        String alphabet = "AZaz09.-*_ %+|,=\n\r\u00e9\u4e2d\ud83d\ude00/:#&";
        for (int i = 0; i < 2000; i++) {
            Map<String, String> watched = new LinkedHashMap<>();
            for (int w = random.nextInt(3); w > 0; w--) {
                watched.put(randomText(random, alphabet, 1 + random.nextInt(12)),
                        random.nextBoolean() ? FieldHash.ABSENT : String.format("%08x", random.nextInt()));
            }
            Fingerprint fp = new Fingerprint(true, statuses(maybe(random, alphabet), maybe(random, alphabet)),
                    maybe(random, alphabet), watched, random.nextLong() & Long.MAX_VALUE % 1_000_000_000_000L);
            StoredFingerprint stored = StoredFingerprint.read(fp.encode(), FIELDS);
            assertEquals(fp, stored.fingerprint(), () -> fp.encode() + ": " + stored.problem());
        }
    }

    private static String maybe(Random random, String alphabet) {
        return random.nextInt(4) == 0 ? null : randomText(random, alphabet, 1 + random.nextInt(20));
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c)) {
                text.append(c).append(alphabet.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }
}
