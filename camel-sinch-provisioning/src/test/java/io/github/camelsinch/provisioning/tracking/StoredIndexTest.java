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

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stored index: each entry checked on its own, so one damaged entry costs only that entry. */
class StoredIndexTest {

    static Stream<Arguments> table() {
        return Stream.of(
                // stored text, readable ids, unreadable entries, problem of the first (null: none)
                Arguments.of(null, Set.of(), 0, null),
                Arguments.of("", Set.of(), 0, null),
                Arguments.of("S1,S2", Set.of("S1", "S2"), 0, null),
                Arguments.of("order_update%2FEN_US,a+b", Set.of("order_update/EN_US", "a b"), 0, null),
                Arguments.of("S1,,S2", Set.of("S1", "S2"), 1, "an empty entry"),
                Arguments.of("S1,S%G2,S3", Set.of("S1", "S3"), 1, "broken %-escape"),
                Arguments.of("S1,S%2", Set.of("S1"), 1, "broken %-escape"),
                Arguments.of("S\u0001,S2", Set.of("S2"), 1, "U+0001"),
                Arguments.of("S\u00e9,S\n", Set.of(), 2, "U+00E9"),
                Arguments.of("S%FF,S2", Set.of("S2"), 1, "not in the form it is written in"),
                Arguments.of("S%41", Set.of(), 1, "not in the form it is written in"),
                Arguments.of("S1," + "A".repeat(StoredIndex.MAX_ENTRY_LENGTH + 1), Set.of("S1"), 1, "characters"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("table")
    void reads(String text, Set<String> ids, int unreadable, String problem) {
        StoredIndex index = StoredIndex.read(text);
        assertEquals(ids, index.ids());
        assertEquals(unreadable, index.unreadable());
        if (problem == null) {
            assertNull(index.problem());
        } else {
            assertTrue(index.problem().contains(problem), index.problem());
        }
    }

    @Test
    void anyIdIsWrittenSoThatItIsReadBack() {
        List<String> ids = List.of("S1", "a,b", "%", "a b", "x=y|z", "\u00e9\u4e2d\ud83d\ude00", "line\nbreak", "+");
        StoredIndex index = StoredIndex.read(StoredIndex.encode(ids));
        assertEquals(Set.copyOf(ids), index.ids());
        assertEquals(0, index.unreadable());
    }
}
