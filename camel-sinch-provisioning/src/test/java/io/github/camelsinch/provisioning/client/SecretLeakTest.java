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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.KEY_ID;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.KEY_SECRET;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets in the client package (docs/resilience.md, Secrets): with the whole package logging at TRACE, OAuth flows
 * including token retries, 401 refreshes, retried 503s and failures leave no key secret, access token, Basic credential
 * or body secret in any log line, exception message or toString.
 */
class SecretLeakTest {

    private static final String TOKEN_1 = "eyJhbGciOiJSUzI1NiJ9.token-one-5a4b3c";
    private static final String TOKEN_2 = "eyJhbGciOiJSUzI1NiJ9.token-two-9z8y7x";
    private static final String WHATSAPP_TOKEN = "EAAGm0PX4ZCpsBAWhatsAppSystemUserToken";
    private static final String BASIC_CREDENTIAL =
            ClientTestSupport.basicHeader(KEY_ID, KEY_SECRET).substring("Basic ".length());

    private final List<String> texts = new ArrayList<>();
    private final LogCapture logs = LogCapture.clientPackage();
    private final StubServer server = StubServer.start();
    private final SinchHttpTransport transport = SinchHttpTransport.builder().sleeper(new RecordingSleeper()).build();

    @AfterEach
    void checkEverythingCollected() {
        transport.close();
        server.close();
        texts.addAll(logs.lines());
        logs.close();
        assertTrue(texts.size() > 10, "too little captured to prove anything: " + texts);
        for (String text : texts) {
            for (String secret : List.of(KEY_SECRET, TOKEN_1, TOKEN_2, BASIC_CREDENTIAL, WHATSAPP_TOKEN)) {
                assertFalse(text.contains(secret), () -> "secret found in: " + text);
            }
        }
    }

    @Test
    void successfulFlowWithRetriesAndRefresh() {
        server.enqueue("POST", TOKEN_PATH, StubResponse.status(429).withHeader("Retry-After", "1"),
                ClientTestSupport.tokenResponse(TOKEN_1, 3600), ClientTestSupport.tokenResponse(TOKEN_2, 3600));
        server.enqueue("GET", "/v1/", StubResponse.json(200, "{\"accessToken\":\"" + WHATSAPP_TOKEN + "\"}"),
                StubResponse.status(401), StubResponse.status(503), StubResponse.json(200, "{}"));
        server.always("POST", "/v1/", StubResponse.json(201, "{\"id\":\"s\"}"));
        ClientSettings oauth = settings(server).build();
        SinchApiClient client = transport.client(oauth);

        client.execute(getSender("p", "s1")); // token 429 then TOKEN_1; body holds a WhatsApp token
        client.execute(getSender("p", "s2")); // 401 -> TOKEN_2 -> 503 -> retried 200
        client.execute(ApiRequest.builder("createSender", "POST", "/v1/projects/{projectId}/senders")
                .pathParameter("projectId", "p")
                .body(("{\"details\":{\"accessToken\":\"" + WHATSAPP_TOKEN + "\"}}").getBytes(StandardCharsets.UTF_8))
                .build());

        assertEquals(List.of("Bearer " + TOKEN_1, "Bearer " + TOKEN_1, "Bearer " + TOKEN_2, "Bearer " + TOKEN_2,
                "Bearer " + TOKEN_2),
                server.requests("*", "/v1/").stream().map(r -> r.header("Authorization")).toList());
        assertTrue(logs.lines().stream().anyMatch(l -> l.startsWith("TRACE")), "no TRACE line captured");
        texts.add(oauth.toString());
        texts.add(client.toString());
        texts.add(transport.toString());
        texts.add(transport.tokenCache().toString());
    }

    @Test
    void failingFlowsAcrossOAuthAndBasic() {
        server.enqueue("POST", TOKEN_PATH, ClientTestSupport.tokenResponse(TOKEN_1, 3600),
                ClientTestSupport.tokenResponse(TOKEN_2, 3600));
        server.always("POST", TOKEN_PATH, StubResponse.json(401, "{\"error\":\"invalid_client\"}"));
        server.always("GET", "/v1/", StubResponse.status(401));
        ClientSettings oauth = settings(server).build();
        ClientSettings basic = settings(server).authType(AuthType.BASIC).build();
        SinchApiClient oauthClient = transport.client(oauth);
        SinchApiClient basicClient = transport.client(basic);

        // 401 twice with TOKEN_1/TOKEN_2; then the token endpoint rejects the secret; then Basic gets 401.
        for (SinchApiClient client : List.of(oauthClient, oauthClient, basicClient)) {
            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));
            texts.add(e.getMessage());
            texts.add(e.toString());
            texts.add(String.valueOf(e.errorMessage()));
        }
        texts.add(oauth.toString());
        texts.add(basic.toString());
        texts.add(oauthClient.toString());
        texts.add(basicClient.toString());
        texts.add(transport.toString());
    }
}
