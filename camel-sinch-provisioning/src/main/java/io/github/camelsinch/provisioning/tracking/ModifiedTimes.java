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

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Orders two {@code modified} times as the API sends them (ISO-8601 with an offset, e.g.
 * {@code 2023-01-19T13:11:08.204Z}). Used to tell a pushed state that is older than the one already delivered (a
 * retried callback arriving after a newer one) from a new one. Pure.
 */
final class ModifiedTimes {

    private ModifiedTimes() {
    }

    /**
     * True only when both times are readable and {@code candidate} is strictly before {@code delivered}. Equal times,
     * a missing time and a time that is not ISO-8601 with an offset all give false: without a known order the
     * candidate is compared as the current state, as a poll would.
     */
    static boolean isBefore(String candidate, String delivered) {
        Instant a = parse(candidate);
        Instant b = parse(delivered);
        return a != null && b != null && a.isBefore(b);
    }

    private static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
