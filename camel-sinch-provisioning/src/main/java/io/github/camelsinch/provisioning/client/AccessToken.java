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

import java.time.Duration;
import java.time.Instant;

/**
 * An issued bearer token and when to replace it. {@link #toString()} hides the value.
 *
 * @param value     the bearer token itself
 * @param refreshAt from here on the next caller fetches a new token while others keep using this one
 * @param expiresAt after this the token is never used
 */
record AccessToken(String value, Instant refreshAt, Instant expiresAt) {

    /**
     * Refresh {@code margin} before expiry; when the lifetime is not longer than the margin, refresh at half of it
     * so a short-lived token is still reused instead of fetched for every call.
     */
    static AccessToken issued(String value, Instant issuedAt, Duration lifetime, Duration margin) {
        Duration untilRefresh = lifetime.compareTo(margin) > 0 ? lifetime.minus(margin) : lifetime.dividedBy(2);
        return new AccessToken(value, issuedAt.plus(untilRefresh), issuedAt.plus(lifetime));
    }

    boolean isFresh(Instant now) {
        return now.isBefore(refreshAt);
    }

    boolean isUsable(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Same token, next refresh attempt postponed (after a failed proactive refresh), never past expiry. */
    AccessToken postponeRefresh(Instant until) {
        return new AccessToken(value, until.isBefore(expiresAt) ? until : expiresAt, expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken[value=***, refreshAt=" + refreshAt + ", expiresAt=" + expiresAt + "]";
    }
}
