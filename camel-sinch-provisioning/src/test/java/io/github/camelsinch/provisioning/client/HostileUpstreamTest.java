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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.KEY_ID;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.KEY_SECRET;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.basicHeader;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.tokenResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile upstream, the time and text cases: absurd Retry-After and expires_in values, token server outages,
 * secrets and control characters echoed in error bodies, keep-alive connections the server closes while idle.
 * The size cases run in a small heap: {@link ResponseSizeLimitTest}.
 */
class HostileUpstreamTest {

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final SinchHttpTransport transport = SinchHttpTransport.builder().clock(clock).sleeper(sleeper).build();
    private final StubServer server = StubServer.start();

    @AfterEach
    void close() {
        transport.close();
        server.close();
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @ValueSource(strings = {"99999999999", "100000000000000000", "9223372036854775807", "99999999999999999999999",
        "Fri, 31 Dec 9999 23:59:59 GMT"})
    void anAbsurdRetryAfterFailsAtOnceAndPausesHealthNoLongerThanTheCap(String retryAfter) {
        server.enqueue("POST", "/oauth2/token", tokenResponse("tok", 3600));
        server.enqueue("GET", "/v1/", StubResponse.status(429).withHeader("Retry-After", retryAfter));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        SinchApiClient client = transport.client(settings(server).build());
        Instant before = clock.instant();

        ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));

        assertEquals(ErrorKind.RATE_LIMIT, e.kind());
        assertEquals(RetryAfter.MAX, e.retryAfter().orElseThrow(), "saturated, never an overflow");
        assertEquals(Duration.ZERO, sleeper.total(), "not waited out");
        Instant until = transport.metrics().lastRateLimitUntil();
        assertTrue(!until.isAfter(before.plus(ClientMetrics.MAX_RATE_LIMIT_PAUSE)), "pause clamped: " + until);
        // A later success ends the pause at once.
        assertEquals(200, client.execute(getSender("p", "s")).statusCode());
        assertNull(transport.metrics().lastRateLimitUntil());
    }

    @ParameterizedTest(name = "expires_in: {0}")
    @ValueSource(strings = {"9223372036854775807", "100000000000000000000", "1e300", "-5", "\"3600\"", "0"})
    void anyExpiresInGivesAUsableToken(String expiresIn) {
        server.enqueue("POST", "/oauth2/token",
                StubResponse.json(200, "{\"access_token\":\"tok\",\"expires_in\":" + expiresIn + "}"));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        SinchApiClient client = transport.client(settings(server).build());

        assertEquals(200, client.execute(getSender("p", "s")).statusCode());
        assertEquals(200, client.execute(getSender("p", "s")).statusCode());
        assertEquals(1, server.count("POST", "/oauth2/token"), "the token is reused");
    }

    @ParameterizedTest(name = "token endpoint {0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void aTokenServerOutageIsTransientAndBackedOff(int status) {
        server.always("POST", "/oauth2/token", StubResponse.status(status));
        SinchApiClient client = transport.client(settings(server).build());

        for (int i = 0; i < 50; i++) {
            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));
            assertEquals(ErrorKind.SERVER, e.kind(), "an outage, not wrong credentials");
        }
        assertFalse(transport.metrics().authenticationFailing(), "liveness stays UP during an outage");
        assertEquals(1, server.count("POST", "/oauth2/token"), "50 calls within the backoff: one token request");

        clock.advance(TokenCache.FIRST_FAILURE_BACKOFF);
        server.always("POST", "/oauth2/token", tokenResponse("tok", 3600));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        assertEquals(200, client.execute(getSender("p", "s")).statusCode(), "recovers once the backoff is over");
    }

    @Test
    void aRejectedKeyIsAskedForOncePerBackoffNotOncePerCall() {
        server.always("POST", "/oauth2/token", StubResponse.json(401, "{\"error\":\"invalid_client\"}"));
        SinchApiClient client = transport.client(settings(server).build());

        for (int i = 0; i < 50; i++) {
            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));
            assertEquals(ErrorKind.AUTHENTICATION, e.kind());
        }
        assertEquals(1, server.count("POST", "/oauth2/token"));
        assertTrue(transport.metrics().authenticationFailing());
        // The backoff doubles per failure and is bounded.
        clock.advance(Duration.ofSeconds(1));
        assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));
        assertEquals(2, server.count("POST", "/oauth2/token"));
        clock.advance(Duration.ofSeconds(1));
        assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));
        assertEquals(2, server.count("POST", "/oauth2/token"), "second backoff is 2 s");
        clock.advance(TokenCache.MAX_FAILURE_BACKOFF.multipliedBy(100));
        assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));
        assertEquals(3, server.count("POST", "/oauth2/token"));
    }

    @Test
    void anApiAnswering401ForeverCostsOneTokenRequestPerIntervalNotPerCall() {
        server.always("POST", "/oauth2/token", tokenResponse("tok", 3600));
        server.always("GET", "/v1/", StubResponse.papiError(401, "unauthorized", "no", "no"));
        SinchApiClient client = transport.client(settings(server).build());

        for (int i = 0; i < 20; i++) {
            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));
            assertEquals(ErrorKind.AUTHENTICATION, e.kind());
        }
        assertEquals(2, server.count("POST", "/oauth2/token"), "the first token and one renewal after the 401");
        assertEquals(21, server.count("GET", "/v1/"), "one resend, for the first call only");
        clock.advance(TokenCache.MIN_UNAUTHORIZED_RENEWAL_INTERVAL);
        assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));
        assertEquals(3, server.count("POST", "/oauth2/token"));
    }

    @Test
    void secretsEchoedInAnErrorBodyNeverReachTheMessage() {
        String basic = basicHeader(KEY_ID, KEY_SECRET);
        server.always("GET", "/v1/", request -> StubResponse.json(400, "{\"errorCode\":\"bad\",\"message\":"
                + "\"you sent Authorization: " + request.header("Authorization") + "\",\"resolution\":\"key "
                + KEY_SECRET + "\",\"additionalInformation\":{\"echo\":\"" + basic + "\"}}"));
        SinchApiClient client = transport.client(settings(server).authType(AuthType.BASIC).build());

        ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));

        String all = e.getMessage() + e.errorMessage() + e.resolution() + e.additionalInformation();
        String encoded = basic.substring("Basic ".length());
        assertFalse(all.contains(KEY_SECRET), all);
        assertFalse(all.contains(encoded), all);
        assertTrue(e.errorMessage().contains("Authorization: ***"), e.errorMessage());
    }

    @Test
    void aBearerTokenAndABodySecretEchoedByTheServerAreScrubbed() {
        server.enqueue("POST", "/oauth2/token", tokenResponse("eyJ-the-bearer-token-123", 3600));
        server.always("POST", "/v1/", request -> StubResponse.text(500, "text/plain",
                "oops " + request.header("Authorization") + " body " + request.bodyAsString()));
        SinchApiClient client = transport.client(settings(server).build());
        ApiRequest create = ApiRequest.builder("createWebhook", "POST", "/v1/projects/{projectId}/webhooks")
                .pathParameter("projectId", "p")
                .body("{\"target\":\"https://x\",\"secret\":\"webhook-secret-42\"}".getBytes(StandardCharsets.UTF_8))
                .build();

        ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(create));

        assertFalse(e.getMessage().contains("eyJ-the-bearer-token-123"), e.getMessage());
        assertFalse(e.getMessage().contains("webhook-secret-42"), e.getMessage());
        assertTrue(e.getMessage().contains("oops"), e.getMessage());
    }

    @Test
    void controlCharactersInServerTextCannotForgeLogLines() {
        server.enqueue("POST", "/oauth2/token", tokenResponse("tok", 3600));
        server.always("GET", "/v1/", StubResponse.json(400, "{\"errorCode\":\"a\\r\\nb\",\"message\":\"line1\\r\\n"
                + "2026-01-01 ERROR forged\",\"resolution\":\"r\\nforged\\u2028x\",\"additionalInformation\":"
                + "{\"k\\n\":[\"v\\r\\n\"]}}"));
        SinchApiClient client = transport.client(settings(server).build());

        ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));

        String all = e.getMessage() + e.errorCode() + e.additionalInformation();
        assertFalse(all.matches("(?s).*[\\r\\n\\u2028].*"), all);
        assertTrue(e.errorMessage().startsWith("line1 2026"), e.errorMessage());
    }

    @Test
    void aPostAfterTheServerClosedTheIdleConnectionIsNotWrittenToTheDeadOne() throws Exception {
        try (HostileServer hostile = new HostileServer(100, out -> {
            HostileServer.head(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2");
            out.write("{}".getBytes(StandardCharsets.US_ASCII));
        })) {
            SinchApiClient client = SinchHttpTransport.builder().build().client(ClientSettings.builder()
                    .baseUrl(hostile.baseUrl()).authUrl(hostile.baseUrl() + "/token").keyId(KEY_ID)
                    .keySecret(KEY_SECRET).authType(AuthType.BASIC).build());
            int ok = 0;
            for (int i = 0; i < 5; i++) {
                ok += client.execute(ClientTestSupport.request("POST", "/v1/things")).statusCode() == 200 ? 1 : 0;
                awaitIdleLongerThanTheServerKeepsIt();
            }
            assertEquals(5, ok);
            assertEquals(5, hostile.requests(), "each POST sent once");
            client.transport().close();
        }
    }

    @Test
    void aServerDrippingBytesCannotHoldACallPastItsDeadline() throws Exception {
        try (HostileServer drip = new HostileServer(0, out -> {
            HostileServer.head(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000");
            while (true) { // one byte every 100 ms: never silent for responseTimeout, never done
                out.write('x');
                out.flush();
                awaitRealTime(Duration.ofMillis(100));
            }
        })) {
            SinchHttpTransport real = SinchHttpTransport.builder().build();
            SinchApiClient client = real.client(ClientSettings.builder().baseUrl(drip.baseUrl())
                    .authUrl(drip.baseUrl() + "/token").keyId(KEY_ID).keySecret(KEY_SECRET).authType(AuthType.BASIC)
                    .responseTimeout(Duration.ofSeconds(1)).attemptTimeout(Duration.ofMillis(800))
                    .callTimeout(Duration.ofMillis(2000)).initialBackoff(Duration.ofMillis(50)).build());
            long started = System.nanoTime();

            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(ErrorKind.TRANSPORT, e.kind());
            assertTrue(e.getMessage().contains("attempt deadline"), e.getMessage());
            assertTrue(e.attempts() >= 2 && e.attempts() <= 3, "retried within the call deadline: " + e.attempts());
            // A bound, not a timing claim: without deadlines this call never ends.
            assertTrue(took.compareTo(Duration.ofMillis(2000 + 1500)) < 0, "took " + took);
            Await.until("the cancelled attempts' connections are released", () -> real.leasedConnections() == 0,
                    Duration.ofSeconds(5));
            real.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"300 headers", "an endless header line"})
    void aResponseHeadBeyondItsLimitsFailsTheCall(String kind) throws Exception {
        try (HostileServer hostile = new HostileServer(0, out -> {
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            if (kind.startsWith("300")) {
                for (int i = 0; i < 300; i++) {
                    out.write(("X-H" + i + ": v\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                HostileServer.head(out, "Content-Length: 2");
                out.write("{}".getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write("X-Long: ".getBytes(StandardCharsets.US_ASCII));
                byte[] block = "a".repeat(8192).getBytes(StandardCharsets.US_ASCII);
                while (true) { // until the client hangs up
                    out.write(block);
                }
            }
        })) {
            SinchHttpTransport real = SinchHttpTransport.builder().build();
            SinchApiClient client = real.client(ClientSettings.builder().baseUrl(hostile.baseUrl())
                    .authUrl(hostile.baseUrl() + "/token").keyId(KEY_ID).keySecret(KEY_SECRET)
                    .authType(AuthType.BASIC).build());

            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));

            assertEquals(ErrorKind.TRANSPORT, e.kind());
            assertEquals(1, hostile.requests(), "a protocol violation is not retried");
            real.close();
        }
    }

    /** Real time must pass for the server's side of the scenario; nothing to await but the clock. */
    private static void awaitRealTime(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        try {
            while (System.nanoTime() < until) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Real time must pass for the server's idle timer; nothing to await but the clock. */
    private static void awaitIdleLongerThanTheServerKeepsIt() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
        while (System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }
}
