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
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Token refresh (docs/resilience.md, Retries): proactive refresh on the clock, one reactive refresh after a 401, no
 * loop.
 */
class TokenRefreshTest {

    private final StubServer server = StubServer.start();
    private final FakeClock clock = new FakeClock();
    private final AtomicInteger issued = new AtomicInteger();
    private final SinchHttpTransport transport =
            SinchHttpTransport.builder().clock(clock).sleeper(new RecordingSleeper(clock)).build();

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private void issueTokens(long expiresIn) {
        server.always("POST", TOKEN_PATH,
                r -> ClientTestSupport.tokenResponse("tok-" + issued.incrementAndGet(), expiresIn));
    }

    private List<String> apiAuthorizations() {
        return server.requests("*", "/v1/").stream().map(r -> r.header("Authorization")).toList();
    }

    @Test
    void refreshesOnceWhenTheClockPassesExpiryMinusMargin() {
        issueTokens(3600);
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        SinchApiClient client = transport.client(settings(server).build()); // margin 60 s

        client.execute(getSender("p", "a"));
        clock.advance(Duration.ofSeconds(3539));
        client.execute(getSender("p", "b"));
        clock.advance(Duration.ofSeconds(2)); // now past 3600 - 60
        client.execute(getSender("p", "c"));
        client.execute(getSender("p", "d"));

        assertEquals(List.of("Bearer tok-1", "Bearer tok-1", "Bearer tok-2", "Bearer tok-2"), apiAuthorizations());
        assertEquals(2, server.count("POST", TOKEN_PATH));
        assertEquals(1, transport.metrics().tokenRefreshes());
        assertEquals(0, transport.metrics().authFailures()); // no 401 was needed
    }

    @Test
    void aTokenNotLongerThanTheMarginIsRefreshedAtHalfItsLifetime() {
        issueTokens(50);
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        SinchApiClient client = transport.client(settings(server).build());

        client.execute(getSender("p", "a"));
        clock.advance(Duration.ofSeconds(24));
        client.execute(getSender("p", "b"));
        clock.advance(Duration.ofSeconds(2));
        client.execute(getSender("p", "c"));

        assertEquals(List.of("Bearer tok-1", "Bearer tok-1", "Bearer tok-2"), apiAuthorizations());
    }

    @Test
    void a401IsAnsweredByOneNewTokenAndOneResend() {
        issueTokens(3600);
        server.enqueue("GET", "/v1/", StubResponse.papiError(401, "unauthorized_error", "Token expired", "Renew"));
        server.always("GET", "/v1/", StubResponse.json(200, "{\"ok\":true}"));

        ApiResponse response = transport.client(settings(server).build()).execute(getSender("p", "s"));

        assertEquals(200, response.statusCode());
        assertEquals(2, server.count("POST", TOKEN_PATH));
        assertEquals(List.of("Bearer tok-1", "Bearer tok-2"), apiAuthorizations());
        assertEquals(1, transport.metrics().authFailures());
        assertEquals(0, transport.metrics().retries()); // the 401 resend is not a transient-failure retry
    }

    @Test
    void a401OnPostIsAlsoResentOnceBecauseTheServerRejectedItBeforeProcessing() {
        issueTokens(3600);
        server.enqueue("POST", "/v1/", StubResponse.status(401));
        server.always("POST", "/v1/", StubResponse.json(201, "{}"));

        ApiResponse response = transport.client(settings(server).build())
                .execute(ClientTestSupport.request("POST", "/v1/projects/p/senders"));

        assertEquals(201, response.statusCode());
        assertEquals(2, server.count("POST", "/v1/"));
    }

    @Test
    void aSecond401IsATypedAuthenticationErrorWithoutALoop() {
        issueTokens(3600);
        server.always("GET", "/v1/", StubResponse.papiError(401, "unauthorized_error", "Bad token", "Check key"));

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> transport.client(settings(server).build()).execute(getSender("p", "s")));

        assertEquals(ErrorKind.AUTHENTICATION, e.kind());
        assertEquals(401, e.httpStatus());
        assertEquals("unauthorized_error", e.errorCode());
        assertEquals(2, server.count("GET", "/v1/"));
        assertEquals(2, server.count("POST", TOKEN_PATH));
    }

    @Test
    void basicAuthDoesNotResendAfter401() {
        server.always("GET", "/v1/", StubResponse.status(401));

        ApiCallException e = assertThrows(ApiCallException.class, () -> transport
                .client(settings(server).authType(AuthType.BASIC).build()).execute(getSender("p", "s")));

        assertEquals(ErrorKind.AUTHENTICATION, e.kind());
        assertEquals(1, server.count("GET", "/v1/"));
    }
}
