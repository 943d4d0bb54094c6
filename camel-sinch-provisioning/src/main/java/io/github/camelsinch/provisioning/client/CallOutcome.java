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

import java.util.Locale;

/**
 * How a call (or a token request) ended, in the few classes a dashboard or an alert tells apart; the fine-grained
 * {@link ErrorKind} stays in the exception. A fixed set, so it can tag a metric without growing its cardinality.
 */
public enum CallOutcome {
    SUCCESS,
    /** A 4xx other than 401 and 429 (or a 3xx, never followed): the request itself was refused. */
    CLIENT_ERROR, SERVER_ERROR, RATE_LIMITED,
    /** 401 from the API, or the token endpoint refused the key. */
    AUTH,
    /** No response: connect refused, timeout, reset, or the transport closed while the call waited. */
    TRANSPORT,
    /** The HTTP proxy refused: 407 after the configured credentials, or a refused CONNECT. The API was not reached. */
    PROXY;

    private final String tagValue = name().toLowerCase(Locale.ROOT);

    /** The outcome of a call that failed with this kind; {@link #SUCCESS} for null. */
    public static CallOutcome of(ErrorKind failure) {
        if (failure == null) {
            return SUCCESS;
        }
        return switch (failure) {
            case AUTHENTICATION -> AUTH;
            case RATE_LIMIT -> RATE_LIMITED;
            case SERVER -> SERVER_ERROR;
            case TRANSPORT -> TRANSPORT;
            case PROXY -> PROXY;
            case FORBIDDEN, NOT_FOUND, VALIDATION, CONFLICT, DEPENDENCY, CLIENT -> CLIENT_ERROR;
        };
    }

    /** The lower-case name, e.g. {@code rate_limited}, as metrics tag it. */
    public String tagValue() {
        return tagValue;
    }
}
