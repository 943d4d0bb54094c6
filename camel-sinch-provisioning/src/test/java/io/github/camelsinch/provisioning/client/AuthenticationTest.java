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

import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.KEY_ID;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.KEY_SECRET;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.basicHeader;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.tokenResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OAuth2 by default, Basic on request with one WARN per transport, and the headers sent. */
class AuthenticationTest {

    private final StubServer server = StubServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void oauth2IsTheDefaultAndSendsTheBearerToken() {
        server.always("POST", TOKEN_PATH, tokenResponse("tok-A", 3600));
        server.always("GET", "/v1/", StubResponse.json(200, "{\"id\":\"s1\"}"));
        try (SinchHttpTransport transport = new SinchHttpTransport()) {
            ClientSettings settings = settings(server).build();
            assertEquals(AuthType.OAUTH2, settings.authType());

            ApiResponse response = transport.client(settings).execute(getSender("p1", "s1"));

            assertEquals(200, response.statusCode());
            assertEquals("{\"id\":\"s1\"}", response.bodyAsString());
            StubRequest api = server.requests("GET", "/v1/").get(0);
            assertEquals("Bearer tok-A", api.header("Authorization"));
            StubRequest token = server.requests("POST", TOKEN_PATH).get(0);
            assertEquals(basicHeader(KEY_ID, KEY_SECRET), token.header("Authorization"));
            assertEquals("grant_type=client_credentials", token.bodyAsString());
            assertTrue(token.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        }
    }

    @Test
    void basicAuthSendsKeyIdAndSecretAndNeverAsksForAToken() {
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        try (SinchHttpTransport transport = new SinchHttpTransport()) {
            transport.client(settings(server).authType(AuthType.BASIC).build()).execute(getSender("p", "s"));

            assertEquals(basicHeader(KEY_ID, KEY_SECRET),
                    server.requests("GET", "/v1/").get(0).header("Authorization"));
            assertEquals(0, server.count("POST", TOKEN_PATH));
            assertEquals(0, transport.metrics().tokenRequests());
        }
    }

    @Test
    void basicAuthWarnsExactlyOncePerTransport() {
        try (LogCapture logs = LogCapture.clientPackage();
             SinchHttpTransport first = new SinchHttpTransport();
             SinchHttpTransport second = new SinchHttpTransport()) {
            ClientSettings basic = settings(server).authType(AuthType.BASIC).build();
            first.client(basic);
            first.client(basic);
            first.client(basic.toBuilder().keyId("other").build());
            first.client(settings(server).build()); // OAuth2 client: no warning
            assertEquals(1, logs.count(Level.WARN, "Basic authentication"));

            second.client(basic);
            assertEquals(2, logs.count(Level.WARN, "Basic authentication"));
        }
    }

    @Test
    void sendsOnlyItsOwnHeadersAndANamedUserAgent() {
        server.always("POST", TOKEN_PATH, tokenResponse("tok", 3600));
        server.always("*", "/v1/", StubResponse.json(200, "{}"));
        try (SinchHttpTransport transport = new SinchHttpTransport()) {
            transport.client(settings(server).build()).execute(ClientTestSupport.request("POST", "/v1/projects/p/x"));
            transport.client(settings(server).userAgent("my-app/2").build()).execute(getSender("p", "s"));

            StubRequest post = server.requests("POST", "/v1/").get(0);
            assertTrue(post.header("User-Agent").startsWith("camel-sinch-provisioning/"), post.header("User-Agent"));
            assertEquals(transport.defaultUserAgent(), post.header("User-Agent"));
            assertEquals("application/json", post.header("Content-Type"));
            assertEquals("my-app/2", server.requests("GET", "/v1/").get(0).header("User-Agent"));
            Set<String> allowed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            allowed.addAll(Set.of("Authorization", "Accept", "User-Agent", "Host", "Connection", "Content-Type",
                    "Content-Length", "Accept-Encoding"));
            for (StubRequest r : server.requests("*", "/v1/")) {
                assertTrue(allowed.containsAll(r.headers().keySet()), "unexpected headers " + r.headers().keySet());
            }
        }
    }
}
