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
package io.github.camelsinch.provisioning.simulator.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.http.ServerRequest;
import io.github.camelsinch.provisioning.simulator.http.ServerResponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /oauth2/token}: the OAuth2 client-credentials grant of Sinch's auth server. Client credentials come
 * as HTTP Basic (as Sinch documents) or as {@code client_id}/{@code client_secret} form fields (RFC 6749 allows
 * both). Errors use the OAuth2 error body ({@code {"error": ...}}), not the PAPI one, as an auth server would.
 */
public final class TokenEndpoint {

    /** Path of the token endpoint on the simulator. */
    public static final String PATH = "/oauth2/token";

    private final Credentials credentials;
    private final TokenIssuer tokens;

    public TokenEndpoint(Credentials credentials, TokenIssuer tokens) {
        this.credentials = credentials;
        this.tokens = tokens;
    }

    public ServerResponse handle(ServerRequest request) {
        if (!"POST".equals(request.method())) {
            return oauthError(405, "invalid_request", "Use POST.");
        }
        Map<String, String> form = parseForm(request.bodyText());
        boolean authenticated = request.header("authorization").map(credentials::matchesBasic).orElse(false)
                || credentials.keyId().equals(form.get("client_id"))
                        && credentials.keySecret().equals(form.get("client_secret"));
        if (!authenticated) {
            return oauthError(401, "invalid_client", "Client authentication failed.")
                    .withHeader("WWW-Authenticate", "Basic realm=\"sinch-simulator\"");
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return oauthError(400, "unsupported_grant_type", "Only client_credentials is supported.");
        }
        ObjectNode body = Json.object();
        body.put("access_token", tokens.issue());
        body.put("expires_in", tokens.lifetime().toSeconds());
        body.put("scope", "");
        body.put("token_type", "bearer");
        return ServerResponse.json(200, body).withHeader("Cache-Control", "no-store");
    }

    private static ServerResponse oauthError(int status, String error, String description) {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("error_description", description);
        return ServerResponse.json(status, body);
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
