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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.request;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retries end to end (docs/resilience.md, Retries): what reaches the server, how often, and how long the client waited.
 */
class RetryBehaviourTest {

    private final StubServer server = StubServer.start();
    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final SinchHttpTransport transport = SinchHttpTransport.builder().clock(clock).sleeper(sleeper).build();
    private SinchApiClient client;

    @BeforeEach
    void start() {
        server.always("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("tok", 3600));
        client = transport.client(settings(server).build()); // 3 attempts, Retry-After cap 30 s
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @Test
    void aPostAnswered503ReachesTheServerExactlyOnce() {
        server.always("POST", "/v1/", StubResponse.papiError(503, "unavailable", "Try later", "Retry"));

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> client.execute(request("POST", "/v1/projects/p/senders")));

        assertEquals(ErrorKind.SERVER, e.kind());
        assertEquals(503, e.httpStatus());
        assertEquals(1, server.count("POST", "/v1/"));
        assertEquals(0, transport.metrics().retries());
    }

    @Test
    void aPatchAnswered500AndAPostAnswered429AreNotResent() {
        server.always("PATCH", "/v1/", StubResponse.status(500));
        server.always("POST", "/v1/", StubResponse.status(429).withHeader("Retry-After", "1"));

        assertEquals(ErrorKind.SERVER, assertThrows(ApiCallException.class,
                () -> client.execute(request("PATCH", "/v1/projects/p/senders/s"))).kind());
        ApiCallException rateLimited = assertThrows(ApiCallException.class,
                () -> client.execute(request("POST", "/v1/projects/p/senders")));

        assertEquals(ErrorKind.RATE_LIMIT, rateLimited.kind());
        assertEquals(Optional.of(Duration.ofSeconds(1)), rateLimited.retryAfter());
        assertEquals(1, server.count("PATCH", "/v1/"));
        assertEquals(1, server.count("POST", "/v1/"));
    }

    @Test
    void aGetAnswered503Twice200SucceedsWithThreeHits() {
        server.enqueue("GET", "/v1/", StubResponse.status(503), StubResponse.status(503));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));

        assertEquals(200, client.execute(request("GET", "/v1/projects/p/senders")).statusCode());

        assertEquals(3, server.count("GET", "/v1/"));
        assertEquals(2, transport.metrics().retries());
        assertEquals(2, sleeper.sleeps().size());
        assertEquals(200, transport.metrics().lastStatus());
    }

    @Test
    void putAndDeleteRetryEvery5xxOfTheRetryableSet() {
        server.enqueue("PUT", "/v1/", StubResponse.status(502), StubResponse.status(504));
        server.always("PUT", "/v1/", StubResponse.json(200, "{}"));
        server.enqueue("DELETE", "/v1/", StubResponse.status(500));
        server.always("DELETE", "/v1/", StubResponse.status(204));

        assertEquals(200, client.execute(request("PUT", "/v1/projects/p/x")).statusCode());
        assertEquals(204, client.execute(request("DELETE", "/v1/projects/p/x")).statusCode());
        assertEquals(3, server.count("PUT", "/v1/"));
        assertEquals(2, server.count("DELETE", "/v1/"));
    }

    @Test
    void a429WithRetryAfterOneSecondWaitsExactlyOneSecond() {
        server.enqueue("GET", "/v1/", StubResponse.status(429).withHeader("Retry-After", "1"));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));

        assertEquals(200, client.execute(request("GET", "/v1/projects/p/senders")).statusCode());

        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.sleeps());
        assertEquals(1, transport.metrics().rateLimitHits());
        assertNull(transport.metrics().lastRateLimitUntil(), "the success after the wait ended the pause");
    }

    @Test
    void aRetryAfterHttpDateIsHonoured() {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(clock.instant().plusSeconds(5).atOffset(ZoneOffset.UTC));
        server.enqueue("GET", "/v1/", StubResponse.status(429).withHeader("Retry-After", inFiveSeconds));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));

        client.execute(request("GET", "/v1/projects/p/senders"));

        assertEquals(List.of(Duration.ofSeconds(5)), sleeper.sleeps());
    }

    @Test
    void aRetryAfterAboveTheCapFailsAtOnceWithTheDelay() {
        server.always("GET", "/v1/", StubResponse.papiError(429, "too_many_requests", "Slow down", "Wait")
                .withHeader("Retry-After", "120"));

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> client.execute(request("GET", "/v1/projects/p/senders")));

        assertEquals(ErrorKind.RATE_LIMIT, e.kind());
        assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
        assertEquals(1, server.count("GET", "/v1/"));
        assertEquals(List.of(), sleeper.sleeps());
        assertEquals(clock.instant().plusSeconds(120), transport.metrics().lastRateLimitUntil());
    }

    @Test
    void persistent429ExhaustsTheAttemptsAndCarriesRetryAfter() {
        server.always("GET", "/v1/", StubResponse.status(429).withHeader("Retry-After", "2"));

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> client.execute(request("GET", "/v1/projects/p/senders")));

        assertEquals(ErrorKind.RATE_LIMIT, e.kind());
        assertEquals(Optional.of(Duration.ofSeconds(2)), e.retryAfter());
        assertEquals(3, server.count("GET", "/v1/"));
        assertEquals(3, transport.metrics().rateLimitHits());
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForPostBecauseNothingWasSent() {
        ClientSettings unreachable = settings(server).baseUrl("http://127.0.0.1:" + ClosedPort.find())
                .maxAttempts(4).build();

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> transport.client(unreachable).execute(request("POST", "/v1/projects/p/senders")));

        assertEquals(ErrorKind.TRANSPORT, e.kind());
        assertEquals(0, e.httpStatus());
        assertInstanceOf(ConnectException.class, e.getCause());
        assertTrue(e.getMessage().contains("4 attempt(s)"), e.getMessage());
        assertEquals(3, transport.metrics().retries());
        assertEquals(3, sleeper.sleeps().size());
    }

    @Test
    void backoffGrowsExponentiallyWithinTheCap() {
        ClientSettings slowBackoff = settings(server).maxAttempts(5).initialBackoff(Duration.ofSeconds(1))
                .maxBackoff(Duration.ofSeconds(3)).build();
        server.always("GET", "/v1/", StubResponse.status(503));

        assertThrows(ApiCallException.class,
                () -> transport.client(slowBackoff).execute(request("GET", "/v1/projects/p/senders")));

        List<Duration> sleeps = sleeper.sleeps(); // equal jitter: each wait in [cap/2, cap]
        assertEquals(4, sleeps.size());
        long[][] bounds = {{500, 1000}, {1000, 2000}, {1500, 3000}, {1500, 3000}};
        for (int i = 0; i < sleeps.size(); i++) {
            long ms = sleeps.get(i).toMillis();
            assertTrue(ms >= bounds[i][0] && ms <= bounds[i][1], "sleep " + i + " was " + ms + " ms");
        }
    }
}
