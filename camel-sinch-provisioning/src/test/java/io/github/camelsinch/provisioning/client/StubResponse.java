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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scripted answer of the {@link StubServer}; immutable, so one instance can be reused. */
public final class StubResponse implements StubServer.Responder {

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    private StubResponse(int status, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** A response with no body. */
    public static StubResponse status(int status) {
        return new StubResponse(status, Map.of(), new byte[0]);
    }

    public static StubResponse json(int status, String json) {
        return text(status, "application/json", json);
    }

    public static StubResponse text(int status, String contentType, String text) {
        return status(status).withHeader("Content-Type", contentType).withBody(text);
    }

    /** A PAPI error body. */
    public static StubResponse papiError(int status, String errorCode, String message, String resolution) {
        return json(status, "{\"errorCode\":\"" + errorCode + "\",\"message\":\"" + message
                + "\",\"resolution\":\"" + resolution + "\"}");
    }

    /** A copy with one more header value. */
    public StubResponse withHeader(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
        values.add(value);
        copy.put(name, List.copyOf(values));
        return new StubResponse(status, Map.copyOf(copy), body);
    }

    public StubResponse withBody(String text) {
        return new StubResponse(status, headers, text.getBytes(StandardCharsets.UTF_8));
    }

    public int statusCode() {
        return status;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    @Override
    public StubResponse respond(StubRequest request) {
        return this;
    }
}
