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

/** Coarse classification of a failed call, so callers can branch without parsing status codes. */
public enum ErrorKind {
    /** 401 from the API, or the token endpoint refused or failed. */
    AUTHENTICATION,
    /** 403. */
    FORBIDDEN,
    /** 404. */
    NOT_FOUND,
    /** 400 or 422: the request itself is wrong. */
    VALIDATION,
    /** 409: conflicts with the current state of the resource. */
    CONFLICT,
    /** 424: a dependency (e.g. Meta, an operator) failed. */
    DEPENDENCY,
    /** 429, or a Retry-After longer than the configured cap. */
    RATE_LIMIT,
    /** 5xx. */
    SERVER,
    /** Any other non-2xx status, including a 3xx redirect (redirects are never followed). */
    CLIENT,
    /** No HTTP response at all: connect refused, timeout, connection reset. */
    TRANSPORT,
    /**
     * The configured HTTP proxy answered instead of the API: 407 (its authentication is missing or was rejected)
     * or a refused CONNECT tunnel. The API was not reached.
     */
    PROXY;

    /** The kind an HTTP status maps to. */
    public static ErrorKind forStatus(int status) {
        switch (status) {
            case 400 :
            case 422 :
                return VALIDATION;
            case 401 :
                return AUTHENTICATION;
            case 403 :
                return FORBIDDEN;
            case 404 :
                return NOT_FOUND;
            case 409 :
                return CONFLICT;
            case 424 :
                return DEPENDENCY;
            case 429 :
                return RATE_LIMIT;
            default :
                return status >= 500 && status <= 599 ? SERVER : CLIENT;
        }
    }
}
