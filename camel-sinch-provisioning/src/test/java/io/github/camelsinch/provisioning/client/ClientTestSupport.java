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
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/** Shared fixtures of the client tests: credentials, token responses, settings pointing at a stub. */
final class ClientTestSupport {

    static final String KEY_ID = "key-id-1";
    static final String KEY_SECRET = "s3cr3t-KEY-value-9f8e7d";
    static final String TOKEN_PATH = "/oauth2/token";
    static final String PROJECT_PATH = "/v1/projects/{projectId}/whatsapp/senders/{senderId}";

    private ClientTestSupport() {
    }

    /** OAuth2 settings against the stub for both API and token URL; short timeouts suitable for loopback. */
    static ClientSettings.Builder settings(StubServer server) {
        return ClientSettings.builder()
                .baseUrl(server.baseUrl())
                .authUrl(server.baseUrl() + TOKEN_PATH)
                .keyId(KEY_ID)
                .keySecret(KEY_SECRET)
                .connectTimeout(Duration.ofSeconds(2))
                .responseTimeout(Duration.ofSeconds(5));
    }

    static StubResponse tokenResponse(String token, long expiresInSeconds) {
        return StubResponse.json(200, "{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresInSeconds
                + ",\"token_type\":\"bearer\",\"scope\":\"\"}");
    }

    static String basicHeader(String keyId, String keySecret) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((keyId + ":" + keySecret).getBytes(StandardCharsets.UTF_8));
    }

    static ApiRequest getSender(String projectId, String senderId) {
        return ApiRequest.builder("getSender", "GET", PROJECT_PATH)
                .pathParameter("projectId", projectId).pathParameter("senderId", senderId).build();
    }

    static ApiRequest request(String method, String path) {
        return ApiRequest.builder(method.toLowerCase(Locale.ROOT) + "Op", method, path)
                .body(method.equals("GET") || method.equals("DELETE") ? null
                        : "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
