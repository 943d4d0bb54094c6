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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A fully read HTTP response. Header names are looked up case-insensitively; the body is never null. */
public final class ApiResponse {

    private static final byte[] NO_BODY = new byte[0];

    private final int statusCode;
    /**
     * Header names and values as received, alternating. A call reads at most {@code Retry-After} (and only on an
     * error), so the case-insensitive map of {@link #headers()} is built only when someone asks for it.
     */
    private final String[] headerPairs;
    private final byte[] body;
    private final int attempts;
    private volatile Map<String, List<String>> headerMap;

    public ApiResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
        this(statusCode, pairsOf(headers), body, 1);
    }

    private ApiResponse(int statusCode, String[] headerPairs, byte[] body, int attempts) {
        this.statusCode = statusCode;
        this.headerPairs = headerPairs;
        this.body = body == null ? NO_BODY : body;
        this.attempts = attempts;
    }

    /** @param headerPairs names and values alternating, owned by the response from now on */
    static ApiResponse ofHeaderPairs(int statusCode, String[] headerPairs, byte[] body) {
        if (headerPairs.length % 2 != 0) {
            throw new IllegalArgumentException("header names and values must come in pairs");
        }
        return new ApiResponse(statusCode, headerPairs, body, 1);
    }

    private static String[] pairsOf(Map<String, List<String>> headers) {
        if (headers == null) {
            return new String[0];
        }
        List<String> pairs = new ArrayList<>();
        headers.forEach((name, values) -> values.forEach(value -> {
            pairs.add(name);
            pairs.add(value);
        }));
        return pairs.toArray(String[]::new);
    }

    /** This response, as the outcome of a call that took {@code attempts} HTTP requests. */
    ApiResponse withAttempts(int attempts) {
        return new ApiResponse(statusCode, headerPairs, body, attempts);
    }

    public int statusCode() {
        return statusCode;
    }

    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode <= 299;
    }

    /** First value of the header, or null; the name is case-insensitive. */
    public String header(String name) {
        for (int i = 0; i < headerPairs.length; i += 2) {
            if (headerPairs[i].equalsIgnoreCase(name)) {
                return headerPairs[i + 1];
            }
        }
        return null;
    }

    /** All headers, keyed case-insensitively; two spellings of one name share one entry. */
    public Map<String, List<String>> headers() {
        Map<String, List<String>> map = headerMap;
        if (map == null) {
            Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 0; i < headerPairs.length; i += 2) {
                copy.computeIfAbsent(headerPairs[i], n -> new ArrayList<>()).add(headerPairs[i + 1]);
            }
            copy.replaceAll((name, values) -> List.copyOf(values));
            map = Collections.unmodifiableMap(copy);
            headerMap = map; // two threads may both build it: the same content either way
        }
        return map;
    }

    /** The raw body; empty (never null) when the response had none. Not copied: do not mutate. */
    public byte[] body() {
        return body;
    }

    /**
     * The HTTP requests the call sent to get this response: 1, plus one per retry, plus one for the resend with a
     * fresh token after a 401. Token requests are not counted.
     */
    public int attempts() {
        return attempts;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ApiResponse[status=" + statusCode + ", body=" + body.length + " bytes, attempts=" + attempts + "]";
    }
}
