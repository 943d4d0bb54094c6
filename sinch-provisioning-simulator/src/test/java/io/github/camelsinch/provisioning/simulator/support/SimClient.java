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
package io.github.camelsinch.provisioning.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import io.github.camelsinch.provisioning.simulator.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A small blocking HTTP client for tests: Basic or bearer auth, JSON bodies, every exchange returned whole. */
public final class SimClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private String authorization;

    public SimClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** A client that authenticates with HTTP Basic and the simulator's key. */
    public static SimClient basic(SinchSimulator sim) {
        return new SimClient(sim.baseUrl(), basicHeader(sim.keyId(), sim.keySecret()));
    }

    /** A client with a fresh OAuth2 bearer token. */
    public static SimClient bearer(SinchSimulator sim) {
        return new SimClient(sim.baseUrl(), "Bearer " + token(sim));
    }

    public static String basicHeader(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public static String token(SinchSimulator sim) {
        Exchange e = new SimClient(sim.baseUrl(), basicHeader(sim.keyId(), sim.keySecret()))
                .send("POST", "/oauth2/token", "grant_type=client_credentials",
                        Map.of("Content-Type", "application/x-www-form-urlencoded"));
        if (e.status() != 200) {
            throw new IllegalStateException("Token request failed: " + e);
        }
        return e.json().path("access_token").asText();
    }

    public void authorization(String authorization) {
        this.authorization = authorization;
    }

    public String authorization() {
        return authorization;
    }

    public Exchange get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Exchange delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public Exchange post(String path, String json) {
        return send("POST", path, json, Map.of("Content-Type", "application/json"));
    }

    public Exchange put(String path, String json) {
        return send("PUT", path, json, Map.of("Content-Type", "application/json"));
    }

    public Exchange patch(String path, String json) {
        return send("PATCH", path, json, Map.of("Content-Type", "application/json"));
    }

    public Exchange send(String method, String pathAndQuery, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        Map<String, String> sent = new LinkedHashMap<>(headers);
        if (authorization != null) {
            sent.put("Authorization", authorization);
        }
        sent.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().map()
                    .forEach((k, v) -> responseHeaders.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            URI uri = URI.create(baseUrl + pathAndQuery);
            return new Exchange(method, uri.getRawPath(), uri.getRawQuery(), sent, body, response.statusCode(),
                    responseHeaders, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One request and its response. */
    public record Exchange(String method, String path, String query, Map<String, String> requestHeaders,
                           String requestBody, int status, Map<String, String> headers, String body) {

        public JsonNode json() {
            return body == null || body.isEmpty() ? Json.object() : Json.parse(body);
        }

        @Override
        public String toString() {
            return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status + " " + body;
        }
    }
}
