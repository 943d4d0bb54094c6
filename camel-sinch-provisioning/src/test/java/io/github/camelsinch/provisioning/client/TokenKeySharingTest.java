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

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One token per (token URL, key id, key secret), shared across paths, pages and clients. */
class TokenKeySharingTest {

    private final StubServer server = StubServer.start();
    private final AtomicInteger issued = new AtomicInteger();

    @AfterEach
    void stop() {
        server.close();
    }

    private void scriptTokensAndApi() {
        server.always("POST", TOKEN_PATH,
                r -> ClientTestSupport.tokenResponse("tok-" + issued.incrementAndGet(), 3600));
        server.always("GET", "/v1/", StubResponse.json(200, "{\"items\":[]}"));
    }

    @Test
    void hundredCallsOverTwentyPathsAndPageTokensUseOneToken() {
        scriptTokensAndApi();
        try (SinchHttpTransport transport = new SinchHttpTransport()) {
            SinchApiClient client = transport.client(settings(server).build());
            for (int i = 0; i < 100; i++) {
                client.execute(ApiRequest.builder("listSenders", "GET", "/v1/projects/{projectId}/senders")
                        .pathParameter("projectId", "project-" + (i % 20))
                        .queryParameter("pageToken", "page-" + i).queryParameter("pageSize", "10").build());
            }
            assertEquals(1, server.count("POST", TOKEN_PATH));
            assertEquals(100, server.count("GET", "/v1/"));
            assertEquals(Set.of("Bearer tok-1"), authorizations());
            assertEquals(1, transport.metrics().tokenRequests());
            assertEquals(100, transport.metrics().calls());
        }
    }

    @Test
    void twoClientsWithTheSameKeyShareOneTokenAndAnotherSecretGetsItsOwn() {
        scriptTokensAndApi();
        try (SinchHttpTransport transport = new SinchHttpTransport()) {
            SinchApiClient a = transport.client(settings(server).build());
            SinchApiClient b =
                    transport.client(settings(server).responseTimeout(java.time.Duration.ofSeconds(7)).build());
            a.execute(ClientTestSupport.getSender("p", "s1"));
            b.execute(ClientTestSupport.getSender("p", "s2"));
            assertEquals(1, server.count("POST", TOKEN_PATH));

            SinchApiClient otherSecret = transport.client(settings(server).keySecret("another-secret").build());
            otherSecret.execute(ClientTestSupport.getSender("p", "s3"));
            a.execute(ClientTestSupport.getSender("p", "s4"));

            assertEquals(2, server.count("POST", TOKEN_PATH));
            assertEquals(2, transport.tokenCache().size());
            assertEquals(java.util.List.of("Bearer tok-1", "Bearer tok-1", "Bearer tok-2", "Bearer tok-1"),
                    server.requests("GET", "/v1/").stream().map(r -> r.header("Authorization")).toList());
        }
    }

    private Set<String> authorizations() {
        return server.requests("GET", "/v1/").stream().map(r -> r.header("Authorization")).collect(Collectors.toSet());
    }
}
