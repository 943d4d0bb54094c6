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

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response the simulator is about to send: status, extra headers and a body that is already bytes.
 *
 * @param status      HTTP status code
 * @param headers     extra headers (Content-Type is derived from {@code contentType})
 * @param contentType media type of the body, or null without body
 * @param body        the body, empty for none
 */
public record ServerResponse(int status, Map<String, String> headers, String contentType, byte[] body) {

    private static final byte[] NO_BODY = new byte[0];

    public static ServerResponse json(int status, JsonNode body) {
        return new ServerResponse(status, Map.of(), "application/json", Json.bytes(body));
    }

    public static ServerResponse empty(int status) {
        return new ServerResponse(status, Map.of(), null, NO_BODY);
    }

    public static ServerResponse raw(int status, String contentType, String body) {
        return new ServerResponse(status, Map.of(), contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one more header. */
    public ServerResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ServerResponse(status, Map.copyOf(copy), contentType, body);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
