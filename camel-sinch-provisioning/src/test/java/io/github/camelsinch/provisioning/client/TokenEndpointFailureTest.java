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

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.KEY_SECRET;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Token endpoint failures (docs/resilience.md, Retries): a 429 gets bounded backoff, anything else fails fast without
 * secrets.
 */
class TokenEndpointFailureTest {

    private final StubServer server = StubServer.start();
    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final SinchHttpTransport transport = SinchHttpTransport.builder().clock(clock).sleeper(sleeper).build();

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @Test
    void a429WithRetryAfterIsWaitedOutThenTheTokenIsUsed() {
        server.enqueue("POST", TOKEN_PATH, StubResponse.status(429).withHeader("Retry-After", "1"));
        server.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok", 3600));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));

        assertEquals(200, transport.client(settings(server).build()).execute(getSender("p", "s")).statusCode());

        assertEquals(2, server.count("POST", TOKEN_PATH));
        assertTrue(sleeper.total().compareTo(Duration.ofSeconds(1)) >= 0, "slept " + sleeper.sleeps());
        assertEquals(1, transport.metrics().rateLimitHits());
    }

    @Test
    void threeRateLimitedTokenRequestsFailTheCall() {
        server.always("POST", TOKEN_PATH, StubResponse.status(429));

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> transport.client(settings(server).build()).execute(getSender("p", "s")));

        assertEquals(ErrorKind.RATE_LIMIT, e.kind());
        assertEquals(3, server.count("POST", TOKEN_PATH));
        assertEquals(2, sleeper.sleeps().size()); // bounded backoff between the three attempts
        assertEquals(0, server.count("GET", "/v1/"));
    }

    @Test
    void aRetryAfterAboveTheCapIsNotWaitedFor() {
        server.always("POST", TOKEN_PATH, StubResponse.status(429).withHeader("Retry-After", "3600"));

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> transport.client(settings(server).build()).execute(getSender("p", "s")));

        assertEquals(ErrorKind.RATE_LIMIT, e.kind());
        assertEquals(Optional.of(Duration.ofHours(1)), e.retryAfter());
        assertEquals(1, server.count("POST", TOKEN_PATH));
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void aRejectedSecretFailsFastWithTheTokenUrlAndStatusButNoSecret() {
        server.always("POST", TOKEN_PATH, StubResponse.json(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> transport.client(settings(server).build()).execute(getSender("p", "s")));

        assertEquals(ErrorKind.AUTHENTICATION, e.kind());
        assertEquals(401, e.httpStatus());
        assertEquals(1, server.count("POST", TOKEN_PATH));
        assertTrue(e.getMessage().contains(server.baseUrl() + TOKEN_PATH), e.getMessage());
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY_SECRET));
        assertFalse(e.getMessage().contains(ClientTestSupport.basicHeader(ClientTestSupport.KEY_ID, KEY_SECRET)
                .substring("Basic ".length())));
        assertEquals(1, transport.metrics().authFailures());
    }

    @Test
    void aServerErrorAtTheTokenEndpointFailsFastAsATransientServerError() {
        server.always("POST", TOKEN_PATH, StubResponse.text(503, "text/html", "<html>down</html>"));

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> transport.client(settings(server).build()).execute(getSender("p", "s")));

        assertEquals(ErrorKind.SERVER, e.kind(), "an outage of the token server, not wrong credentials");
        assertFalse(transport.metrics().authenticationFailing());
        assertEquals(503, e.httpStatus());
        assertEquals(1, server.count("POST", TOKEN_PATH));
    }

    @Test
    void aTokenResponseWithoutAccessTokenFailsWithoutEchoingTheBody() {
        server.always("POST", TOKEN_PATH, StubResponse.json(200, "{\"acess_tokn\":\"leaky-value\"}"));

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> transport.client(settings(server).build()).execute(getSender("p", "s")));

        assertEquals(ErrorKind.AUTHENTICATION, e.kind());
        assertFalse(e.getMessage().contains("leaky-value"));
    }

    @Test
    void anUnreachableTokenEndpointIsATransportErrorNamingIt() {
        String closedPort = "http://127.0.0.1:" + ClosedPort.find();
        ApiCallException e = assertThrows(ApiCallException.class, () -> transport
                .client(settings(server).authUrl(closedPort + TOKEN_PATH).build()).execute(getSender("p", "s")));

        assertEquals(ErrorKind.TRANSPORT, e.kind());
        assertEquals(0, e.httpStatus());
        assertTrue(e.getMessage().contains(closedPort + TOKEN_PATH), e.getMessage());
    }
}
