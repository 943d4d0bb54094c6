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

/**
 * Why a callback was refused before any exchange was created, with the HTTP status it is answered with: 401 for
 * anything about the signature, 413 for a body over {@code maxBodySize} (checked before the signature, so an
 * unsigned sender cannot make the receiver read more), 503 when the replay cache is full (our capacity; Sinch
 * retries), and 400 for a correctly signed body the receiver cannot use (a retry would not help).
 */
public enum RejectionReason {

    /** One of the four x-sinch-webhook-signature* headers is absent, empty or repeated. */
    MISSING_HEADER(401),
    /** The timestamp is not epoch seconds, or the nonce is too long to be one. */
    MALFORMED_HEADER(401),
    /** The request names an algorithm other than the configured one (e.g. HmacSHA1). */
    UNSUPPORTED_ALGORITHM(401),
    /** The timestamp is older than the tolerance allows. */
    STALE_TIMESTAMP(401),
    /** The timestamp is further in the future than the tolerance allows. */
    FUTURE_TIMESTAMP(401),
    /** The signature matches neither the current nor the previous secret (tampered body, wrong secret). */
    SIGNATURE_MISMATCH(401),
    /** A correctly signed request whose nonce was already used within the tolerance window. */
    REPLAYED_NONCE(401),
    /** The replay cache holds nonceCacheSize live nonces; the callback is refused rather than risking a replay. */
    NONCE_CACHE_FULL(503),
    /** The body is larger than maxBodySize (declared in Content-Length, or counted while reading it). */
    BODY_TOO_LARGE(413),
    /**
     * Correctly signed, but not a JSON object, or its {@code type} is missing or not a trigger name, or its
     * {@code comment} is not a string.
     */
    MALFORMED_EVENT(400),
    /**
     * Correctly signed, but the {@code payload} is not a JSON object, is missing from a trigger whose kind has one,
     * or does not fit its model.
     */
    MALFORMED_PAYLOAD(400),
    /** Correctly signed, but an id field of the payload ({@code id}, a template's name...) is absent, null or blank. */
    MISSING_RESOURCE_ID(400),
    /** Correctly signed, but an id field of the payload is not a string, is too long or holds control characters. */
    MALFORMED_RESOURCE_ID(400);

    private final int httpStatus;

    RejectionReason(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
