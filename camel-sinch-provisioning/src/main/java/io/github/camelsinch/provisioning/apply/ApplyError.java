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
package io.github.camelsinch.provisioning.apply;

import io.github.camelsinch.provisioning.client.ApiCallException;

/**
 * Why a write failed, as the API said it: the HTTP status (0 when no response came), the PAPI {@code errorCode}
 * (may be null) and the client's message, which names the operation and the sanitized URL and holds no secret.
 */
public record ApplyError(int httpStatus, String errorCode, String message) {

    static ApplyError of(ApiCallException e) {
        return new ApplyError(e.httpStatus(), e.errorCode(), e.getMessage());
    }

    @Override
    public String toString() {
        return (httpStatus > 0 ? httpStatus + " " : "") + (errorCode == null ? "" : errorCode + ": ") + message;
    }
}
