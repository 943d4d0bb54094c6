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
package io.github.camelsinch.provisioning.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One request the simulator received, as the request log keeps it. The {@code authorization} header keeps only its
 * scheme ({@code Basic ***}, {@code Bearer ***}), and a client secret in a token request body is masked.
 *
 * @param at      when it arrived (simulator clock)
 * @param method  HTTP method
 * @param path    decoded path
 * @param query   raw query string, or empty
 * @param headers request headers, names in lower case
 * @param body    request body as text
 * @param status  response status, or 0 when the connection was dropped
 */
public record RecordedRequest(Instant at, String method, String path, String query, Map<String, String> headers,
                              String body, int status) {
}
