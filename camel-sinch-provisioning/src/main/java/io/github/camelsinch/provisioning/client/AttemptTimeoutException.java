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

import java.net.SocketTimeoutException;

/**
 * An attempt got no complete response within its deadline ({@code attemptTimeout}, or what was left of
 * {@code callTimeout}) and was cancelled. Unlike the response timeout, which measures silence, this bounds a server
 * that keeps the connection busy by dripping bytes. A timeout like any other: idempotent methods retry it.
 */
final class AttemptTimeoutException extends SocketTimeoutException {

    private static final long serialVersionUID = 1L;

    AttemptTimeoutException(long timeoutMillis) {
        super("no complete response within " + timeoutMillis + " ms (attempt deadline)");
    }
}
