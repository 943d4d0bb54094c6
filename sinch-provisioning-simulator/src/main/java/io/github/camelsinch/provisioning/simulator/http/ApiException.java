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
package io.github.camelsinch.provisioning.simulator.http;

/**
 * Ends the handling of a request with a prepared error response (normally a PAPI error body). Thrown by handlers
 * and validators; the {@link SimulatorHandler} turns it into the response. No stack trace: it is control flow.
 */
public final class ApiException extends RuntimeException {

    private final transient ServerResponse response;

    public ApiException(ServerResponse response) {
        super("HTTP " + response.status(), null, false, false);
        this.response = response;
    }

    public ServerResponse response() {
        return response;
    }
}
