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
package io.github.camelsinch.provisioning.client;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Parses a Retry-After header: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
final class RetryAfter {

    /**
     * The longest delay a header can ask for: larger values (up to the year 9999 or 19 digits) saturate here, so no
     * later arithmetic on an instant or in milliseconds can overflow. Far above any cap, so such a wait still fails
     * the call at once.
     */
    public static final Duration MAX = Duration.ofDays(1);

    private RetryAfter() {
    }

    /**
     * The delay the header asks for, measured from {@code now} for a date; empty when absent or unreadable
     * (the caller then falls back to its own backoff). A date in the past means "now": zero.
     */
    public static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.length() > 64) {
            return Optional.empty(); // no valid form is this long
        }
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // More than 6 digits is more than the ceiling already: never parse into an overflow.
            return Optional.of(value.length() > 6 ? MAX : clamp(Duration.ofSeconds(Long.parseLong(value))));
        }
        try {
            Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration delay = Duration.between(now, until);
            return Optional.of(delay.isNegative() ? Duration.ZERO : clamp(delay));
        } catch (DateTimeException | ArithmeticException unreadable) {
            return Optional.empty();
        }
    }

    /** {@code delay}, at most {@link #MAX}. */
    public static Duration clamp(Duration delay) {
        return delay.compareTo(MAX) > 0 ? MAX : delay;
    }
}
