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

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connection pool (docs/resilience.md, Timeouts and the connection pool): one shared pool, closed on close(), and
 * no calls after that.
 */
class TransportLifecycleTest {

    private final StubServer server = StubServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void clientsWithDifferentTimeoutsShareOnePool() {
        server.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok", 3600));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        try (SinchHttpTransport transport = new SinchHttpTransport()) {
            transport.client(settings(server).build()).execute(getSender("p", "a"));
            transport.client(settings(server).responseTimeout(Duration.ofSeconds(9)).build())
                    .execute(getSender("p", "b"));
            assertEquals(1, transport.connectionManagers().size());
        }
    }

    @Test
    void aDistinctSslContextGetsItsOwnPool() throws Exception {
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        try (SinchHttpTransport transport = new SinchHttpTransport()) {
            ClientSettings basic = settings(server).authType(AuthType.BASIC).build();
            transport.client(basic).execute(getSender("p", "a"));
            transport.client(basic.toBuilder().sslContext(SSLContext.getDefault()).build())
                    .execute(getSender("p", "b"));
            assertEquals(2, transport.connectionManagers().size());
        }
    }

    @Test
    void closeShutsThePoolDownIsIdempotentAndLaterCallsFailClearly() {
        server.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok", 3600));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        SinchHttpTransport transport = new SinchHttpTransport();
        SinchApiClient client = transport.client(settings(server).build());
        client.execute(getSender("p", "a"));
        List<HttpClientConnectionManager> pools = transport.connectionManagers();

        transport.close();
        transport.close();

        assertTrue(transport.isClosed());
        HttpRoute route = new HttpRoute(new HttpHost("127.0.0.1", server.port()));
        IllegalStateException poolDown = assertThrows(IllegalStateException.class,
                () -> pools.get(0).lease("probe", route, Timeout.ofSeconds(1), null).get(Timeout.ofSeconds(1)));
        assertTrue(poolDown.getMessage().contains("shut down"), poolDown.getMessage());
        IllegalStateException call = assertThrows(IllegalStateException.class,
                () -> client.execute(getSender("p", "b")));
        assertTrue(call.getMessage().contains("closed"), call.getMessage());
        assertThrows(IllegalStateException.class, () -> transport.client(settings(server).build()));
        assertEquals(1, server.count("GET", "/v1/"));
    }
}
