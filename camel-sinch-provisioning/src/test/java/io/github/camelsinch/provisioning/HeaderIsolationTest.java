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
package io.github.camelsinch.provisioning;

import io.github.camelsinch.provisioning.client.StubRequest;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.github.camelsinch.provisioning.client.StubServer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exchange headers cannot steer or leak a call. Whatever camel-http style headers, credentials or custom headers a
 * message carries, the call goes to the configured host with the component's own Authorization and none of those
 * headers arrive, neither at the API nor at the token endpoint.
 */
class HeaderIsolationTest extends StubbedApiTestSupport {

    private static final String WEBHOOKS = "/v1/projects/" + PROJECT_ID + "/webhooks";
    private static final String FOREIGN_AUTHORIZATION = "Basic eHh4Onl5eQ==";
    /** The only headers the client may send on an API call (the JDK server adds none of its own). */
    private static final Set<String> ALLOWED_API_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        ALLOWED_API_HEADERS.addAll(List.of("Authorization", "Accept", "User-Agent", "Content-Type", "Content-Length",
                "Host", "Connection", "Accept-Encoding", "Transfer-Encoding"));
    }

    private StubServer elsewhere;

    @BeforeEach
    void startTheOtherServer() {
        elsewhere = StubServer.start();
        elsewhere.defaultResponder(r -> StubResponse.json(200, "{\"stolen\":true}"));
        server.always("GET", WEBHOOKS, StubResponse.json(200, "{\"webhooks\":[],\"totalSize\":0}"));
        server.always("POST", WEBHOOKS, StubResponse.json(201, "{\"id\":\"wh-1\"}"));
    }

    @AfterEach
    void stopTheOtherServer() {
        elsewhere.close();
    }

    private void hostileHeaders(Message m) {
        m.setHeader(Exchange.HTTP_URI, elsewhere.baseUrl() + "/x");
        m.setHeader(Exchange.HTTP_PATH, "/steal");
        m.setHeader(Exchange.HTTP_QUERY, "pageSize=1&leak=yes");
        m.setHeader(Exchange.HTTP_METHOD, "DELETE");
        m.setHeader(Exchange.HTTP_BASE_URI, elsewhere.baseUrl());
        m.setHeader(Exchange.HTTP_RAW_QUERY, "leak=raw");
        m.setHeader("Authorization", FOREIGN_AUTHORIZATION);
        m.setHeader("Content-Type", "text/plain");
        m.setHeader(Exchange.CONTENT_TYPE, "text/plain");
        m.setHeader("X-Custom", "leak");
        m.setHeader("Host", "evil.example.com");
        m.setHeader("Cookie", "session=leak");
        m.setHeader("User-Agent", "leak-agent");
        m.setHeader("CamelSinchProvPageSize", "3");
        m.setHeader("CamelSinchProvBaseUrl", elsewhere.baseUrl());
    }

    @Test
    void getIgnoresEveryForeignHeader() {
        Exchange result = call("sinch-prov:webhooks/list", e -> hostileHeaders(e.getMessage()));

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        StubRequest sent = lastApiRequest();
        assertEquals("GET", sent.method());
        assertEquals(WEBHOOKS, sent.path());
        assertNull(sent.rawQuery(), "no query from CamelHttpQuery or a CamelSinchProv query header");
        assertNull(sent.header("Content-Type"));
        assertOnlyOwnHeaders(sent);
        assertNothingElsewhere();
    }

    @Test
    void postIgnoresEveryForeignHeaderThroughARoute() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("sinch-prov:webhooks/create");
            }
        });

        Exchange result = template.send("direct:create", e -> {
            hostileHeaders(e.getMessage());
            e.getMessage().setBody("{\"target\":\"https://example.com/h\",\"secret\":\"s\",\"triggers\":[\"ALL\"]}");
        });

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        StubRequest sent = lastApiRequest();
        assertEquals("POST", sent.method(), "CamelHttpMethod must not change the method");
        assertEquals(WEBHOOKS, sent.path());
        assertNull(sent.rawQuery());
        assertEquals("application/json", sent.header("Content-Type"));
        assertOnlyOwnHeaders(sent);
        assertNothingElsewhere();
    }

    @Test
    void tokenRequestCarriesNoneOfTheMessageHeadersEither() {
        call("sinch-prov:webhooks/list", e -> hostileHeaders(e.getMessage()));

        List<StubRequest> tokenCalls = server.requests("POST", TOKEN_PATH);
        assertEquals(1, tokenCalls.size());
        StubRequest token = tokenCalls.get(0);
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((KEY_ID + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8));
        assertEquals(basic, token.header("Authorization"));
        assertNull(token.header("X-Custom"));
        assertNull(token.header("Cookie"));
        assertTrue(token.header("Content-Type").startsWith("application/x-www-form-urlencoded"),
                token.header("Content-Type"));
        assertNothingElsewhere();
    }

    @Test
    void everyOperationHeaderSetIsIsolatedOnRepeatedCalls() {
        for (int i = 0; i < 5; i++) {
            call("sinch-prov:webhooks/list", e -> hostileHeaders(e.getMessage()));
        }
        assertEquals(5, apiRequests().size());
        apiRequests().forEach(this::assertOnlyOwnHeaders);
        assertNothingElsewhere();
    }

    private void assertOnlyOwnHeaders(StubRequest sent) {
        assertEquals("Bearer " + ACCESS_TOKEN, sent.header("Authorization"));
        assertEquals(1, sent.headers().get("Authorization").size(), "exactly one Authorization header");
        assertTrue(sent.header("User-Agent").startsWith("camel-sinch-provisioning/"), sent.header("User-Agent"));
        assertEquals("application/json", sent.header("Accept"));
        assertEquals("127.0.0.1:" + server.port(), sent.header("Host"));
        for (Map.Entry<String, List<String>> h : sent.headers().entrySet()) {
            assertTrue(ALLOWED_API_HEADERS.contains(h.getKey()), () -> "unexpected header arrived: " + h);
            for (String value : h.getValue()) {
                assertTrue(!value.contains("leak") && !value.contains("evil") && !value.contains(FOREIGN_AUTHORIZATION)
                        && !value.contains("text/plain"), () -> "foreign value arrived: " + h);
            }
        }
    }

    private void assertNothingElsewhere() {
        assertEquals(List.of(), elsewhere.requests(), "the other server must receive nothing");
    }
}
