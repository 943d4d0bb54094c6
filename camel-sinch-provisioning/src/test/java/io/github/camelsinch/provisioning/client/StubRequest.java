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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request as the {@link StubServer} received it.
 *
 * @param rawQuery the query string as sent (still percent-encoded), or null
 * @param headers  case-insensitive header map
 */
public record StubRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
                          byte[] body) {

    /** First value of a header (case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Path plus {@code ?query} when there is one, as sent. */
    public String pathAndQuery() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }
}
