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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLException;

import static io.github.camelsinch.provisioning.client.ClientTestSupport.TOKEN_PATH;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.getSender;
import static io.github.camelsinch.provisioning.client.ClientTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls through a real proxy on loopback ({@link LoopbackProxy}): plain http forwarded to a stub, https tunnelled
 * with CONNECT to a TLS server whose certificate is still verified, with and without proxy authentication, and with
 * nonProxyHosts. After every test, nothing captured (TRACE logs of the client package, exception messages,
 * toString) holds the proxy's username, password or their Basic encoding.
 */
class ProxyTransportTest {

    private static final String PROXY_USER = "proxy-user-7x2k";
    private static final String PROXY_PASSWORD = "proxy-pa55-Q8w-zz";
    private static final String PROXY_BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((PROXY_USER + ":" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final LogCapture logs = LogCapture.clientPackage();
    private final List<String> texts = new ArrayList<>();
    private final StubServer server = StubServer.start();
    private final LoopbackProxy proxy = LoopbackProxy.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final SinchHttpTransport transport = SinchHttpTransport.builder().sleeper(sleeper).build();

    @AfterEach
    void noProxyCredentialAnywhere() {
        try {
            // A cancelled attempt gives its connection back on the I/O thread, a moment after the call failed.
            Await.until("every connection given back", () -> transport.leasedConnections() == 0,
                    Duration.ofSeconds(5));
        } finally {
            transport.close();
            proxy.close();
            server.close();
            texts.addAll(logs.lines());
            logs.close(); // always: a capture left open hides the client's log lines from the tests that follow
        }
        for (String text : texts) {
            for (String secret : List.of(PROXY_USER, PROXY_PASSWORD, PROXY_BASIC.substring(6))) {
                assertFalse(text.contains(secret), () -> "proxy credential found in: " + text);
            }
        }
    }

    @Test
    void theTokenRequestAndTheApiCallGoThroughTheProxy() {
        server.enqueue("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("t-1", 3600));
        server.always("GET", "/v1/", StubResponse.json(200, "{\"id\":\"s1\"}"));
        SinchApiClient client = transport.client(settings(server).proxy(viaProxy()).build());

        assertEquals(200, client.execute(getSender("p", "s1")).statusCode());

        String base = server.baseUrl();
        assertEquals(List.of("POST " + base + TOKEN_PATH, "GET " + base + "/v1/projects/p/whatsapp/senders/s1"),
                proxy.seen().stream().map(s -> s.method() + " " + s.target()).toList());
        assertEquals(2, server.requests().size(), "both reached the API through the proxy");
        server.requests().forEach(r -> assertNull(r.header("Proxy-Authorization")));
        texts.add(client.settings().toString());
    }

    @Test
    void theProxyGetsItsCredentialsOnlyWhenItAsksAndTheApiNever() {
        proxy.requireBasic(PROXY_USER, PROXY_PASSWORD);
        server.enqueue("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("t-1", 3600));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        SinchApiClient client = transport.client(settings(server).proxy(viaAuthenticatedProxy()).build());

        client.execute(getSender("p", "s1"));

        // No pre-emptive credentials: each request is first sent without them, and answered 407.
        List<String> sent = proxy.seen().stream().map(s -> s.method() + " " + s.proxyAuthorization()).toList();
        assertEquals(List.of("POST null", "POST " + PROXY_BASIC, "GET null", "GET " + PROXY_BASIC), sent);
        assertEquals(2, server.requests().size());
        for (StubRequest r : server.requests()) {
            assertNull(r.header("Proxy-Authorization"));
            assertFalse(String.valueOf(r.header("Authorization")).contains(PROXY_BASIC.substring(6)));
        }
        texts.add(client.settings().toString());
        texts.add(client.settings().proxy().toString());
        texts.add(transport.toString());
    }

    @Test
    void aRejectedProxyPasswordIsAnsweredOnceAndFailsWithATypedError() {
        proxy.requireBasic(PROXY_USER, "another-password");
        SinchApiClient client = transport.client(settings(server).proxy(viaAuthenticatedProxy()).build());

        ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s1")));

        assertEquals(ErrorKind.PROXY, e.kind());
        assertEquals(407, e.httpStatus());
        assertTrue(e.getMessage().contains("proxy authentication failed at 127.0.0.1:" + proxy.port()
                + " (HTTP 407, it asks for basic)"), e.getMessage());
        assertEquals(List.of("null", PROXY_BASIC), proxy.seen().stream()
                .map(s -> String.valueOf(s.proxyAuthorization())).toList(),
                "the credentials are tried exactly once, on the token request");
        assertEquals(List.of(), sleeper.sleeps(), "not retried");
        assertEquals(0, server.requests().size());
        texts.add(e.getMessage());
        texts.add(String.valueOf(e.getCause()));
    }

    @Test
    void a407WithoutCredentialsNamesTheOptionsToSet() {
        proxy.requireBasic(PROXY_USER, PROXY_PASSWORD);
        SinchApiClient client = transport.client(settings(server).proxy(viaProxy()).build());

        ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s1")));

        assertEquals(ErrorKind.PROXY, e.kind());
        assertTrue(e.getMessage().contains("the proxy 127.0.0.1:" + proxy.port() + " requires authentication"
                + " (HTTP 407, it asks for basic): set proxyAuthUsername and proxyAuthPassword"), e.getMessage());
        assertEquals(1, proxy.seen().size());
        assertEquals(0, server.requests().size());
    }

    @Test
    void httpsIsTunnelledWithConnectAndTheApiSeesNoProxyHeader() {
        proxy.requireBasic(PROXY_USER, PROXY_PASSWORD);
        try (LoopbackTlsServer tls = LoopbackTlsServer.start()) {
            SinchApiClient client = transport.client(tlsSettings("localhost", tls).proxy(viaAuthenticatedProxy())
                    .build());

            assertEquals(200, client.execute(getSender("p", "s1")).statusCode());

            assertTrue(proxy.seen().stream().allMatch(s -> s.method().equals("CONNECT")
                    && s.target().equals("localhost:" + tls.port())), () -> proxy.seen().toString());
            assertEquals(PROXY_BASIC, proxy.seen().get(proxy.seen().size() - 1).proxyAuthorization());
            assertEquals(List.of("POST /oauth2/token", "GET /v1/projects/p/whatsapp/senders/s1"),
                    tls.received().stream().map(r -> r.method() + " " + r.path()).toList());
            for (LoopbackTlsServer.Received r : tls.received()) {
                assertFalse(r.headers().containsKey("proxy-authorization"), r.headers().toString());
                assertFalse(r.headers().toString().contains(PROXY_BASIC.substring(6)));
            }
        }
    }

    @Test
    void throughTheTunnelACertificateForAnotherNameIsStillRejected() {
        proxy.resolve("api.elsewhere.test", "127.0.0.1"); // the same server, reached under a name it has no cert for
        try (LoopbackTlsServer tls = LoopbackTlsServer.start()) {
            SinchApiClient client = transport.client(tlsSettings("api.elsewhere.test", tls).proxy(viaProxy())
                    .build());

            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s1")));

            assertEquals(ErrorKind.TRANSPORT, e.kind());
            assertTrue(causes(e).stream().anyMatch(SSLException.class::isInstance), () -> causes(e).toString());
            assertEquals("CONNECT api.elsewhere.test:" + tls.port(), proxy.seen().get(0).method() + " "
                    + proxy.seen().get(0).target(), "the name went to the proxy unresolved");
            assertEquals(List.of(), tls.received());
        }
    }

    @Test
    void aRejectedPasswordOnConnectFailsTypedAndNothingReachesTheApi() {
        proxy.requireBasic(PROXY_USER, "another-password");
        try (LoopbackTlsServer tls = LoopbackTlsServer.start()) {
            SinchApiClient client = transport.client(tlsSettings("localhost", tls).proxy(viaAuthenticatedProxy())
                    .build());

            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s1")));

            assertEquals(ErrorKind.PROXY, e.kind());
            assertEquals(407, e.httpStatus());
            assertTrue(e.getMessage().contains("proxy authentication failed at 127.0.0.1:" + proxy.port()),
                    e.getMessage());
            assertEquals(List.of("null", PROXY_BASIC), proxy.seen().stream()
                    .map(s -> String.valueOf(s.proxyAuthorization())).toList());
            assertEquals(List.of(), tls.received());
            texts.add(e.getMessage());
        }
    }

    @Test
    void aRefusedTunnelIsAProxyErrorNotAnApiError() {
        proxy.refuseTunnelsWith(403);
        try (LoopbackTlsServer tls = LoopbackTlsServer.start()) {
            SinchApiClient client = transport.client(tlsSettings("localhost", tls).proxy(viaProxy()).build());

            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s1")));

            assertEquals(ErrorKind.PROXY, e.kind());
            assertEquals(403, e.httpStatus());
            assertTrue(e.getMessage().contains("the proxy 127.0.0.1:" + proxy.port() + " refused the tunnel to"
                    + " localhost:" + tls.port() + " (HTTP 403 Forbidden); the API was not reached"), e.getMessage());
            assertEquals(1, proxy.seen().size(), "a refusal is not retried");
        }
    }

    @Test
    void aTunnelRefusedForAnOverloadedProxyIsRetriedEvenForAPost() {
        proxy.refuseTunnelsWith(503);
        try (LoopbackTlsServer tls = LoopbackTlsServer.start()) {
            SinchApiClient client = transport.client(tlsSettings("localhost", tls).proxy(viaProxy())
                    .authType(AuthType.BASIC).build());

            ApiCallException e = assertThrows(ApiCallException.class,
                    () -> client.execute(ClientTestSupport.request("POST", "/v1/projects/p/senders")));

            assertEquals(ErrorKind.PROXY, e.kind());
            assertEquals(503, e.httpStatus());
            assertEquals(3, proxy.seen().size(), "the API was never reached, so even a POST may be resent");
            assertEquals(2, sleeper.sleeps().size());
        }
    }

    @Test
    void nonProxyHostsAreReachedDirectlyAndTheProxySeesNothing() {
        server.enqueue("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("t-1", 3600));
        server.always("GET", "/v1/", StubResponse.json(200, "{}"));
        ProxySettings exempting = viaAuthenticatedProxy().withNonProxyHosts("*.internal.example|127.0.0.*");
        SinchApiClient client = transport.client(settings(server).proxy(exempting).build());

        client.execute(getSender("p", "s1"));

        assertEquals(List.of(), proxy.seen());
        assertEquals(0, proxy.connections());
        assertEquals(2, server.requests().size());
    }

    @Test
    void anApiChallengeNeverGetsTheProxyCredentialsThroughTheProxyOrDirectly() {
        proxy.requireBasic(PROXY_USER, PROXY_PASSWORD);
        server.always("GET", "/v1/", StubResponse.status(401).withHeader("WWW-Authenticate", "Basic realm=\"api\""));
        for (ProxySettings route : List.of(viaAuthenticatedProxy(),
                viaAuthenticatedProxy().withNonProxyHosts("127.0.0.1"))) {
            SinchApiClient client = transport.client(settings(server).proxy(route).authType(AuthType.BASIC).build());

            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));

            assertEquals(ErrorKind.AUTHENTICATION, e.kind());
        }
        assertEquals(2, server.requests().size(), "one per call: the challenge was not answered");
        for (StubRequest r : server.requests()) {
            assertEquals(ClientTestSupport.basicHeader(ClientTestSupport.KEY_ID, ClientTestSupport.KEY_SECRET),
                    r.header("Authorization"));
            assertNull(r.header("Proxy-Authorization"));
        }
    }

    @Test
    void retriesBehaveAsWithoutAProxy() {
        server.enqueue("POST", TOKEN_PATH, ClientTestSupport.tokenResponse("t-1", 3600));
        server.enqueue("GET", "/v1/", StubResponse.status(503), StubResponse.json(200, "{}"));
        server.always("POST", "/v1/", StubResponse.status(503));
        SinchApiClient client = transport.client(settings(server).proxy(viaProxy()).build());

        assertEquals(200, client.execute(getSender("p", "s1")).statusCode());
        ApiCallException post = assertThrows(ApiCallException.class,
                () -> client.execute(ClientTestSupport.request("POST", "/v1/projects/p/senders")));

        assertEquals(ErrorKind.SERVER, post.kind());
        assertEquals(2, server.count("GET", "/v1/"), "503 then 200");
        assertEquals(1, server.count("POST", "/v1/"), "a POST answered 503 is not resent");
        assertEquals(4, proxy.seen().size());
    }

    @Test
    void theResponseSizeLimitHoldsThroughTheProxy() throws Exception {
        byte[] chunk = ("2000\r\n" + "x".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try (HostileServer endless = new HostileServer(0, out -> {
            HostileServer.head(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked");
            while (true) { // until the client hangs up
                out.write(chunk);
            }
        })) {
            SinchApiClient client = transport.client(ClientSettings.builder().baseUrl(endless.baseUrl())
                    .authUrl(endless.baseUrl() + TOKEN_PATH).keyId("k").keySecret("secret-1234")
                    .authType(AuthType.BASIC).maxResponseSize(64 * 1024).proxy(viaProxy()).build());
            long started = System.nanoTime();

            ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));

            assertEquals(ErrorKind.SERVER, e.kind());
            assertInstanceOf(ResponseTooLargeException.class, e.getCause());
            assertEquals(1, endless.requests(), "not retried");
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0,
                    "the endless body was abandoned, not drained");
        }
    }

    @Test
    void aStalledProxyIsCutOffByTheAttemptTimeout() {
        proxy.stall();
        SinchApiClient client = transport.client(settings(server).proxy(viaProxy()).authType(AuthType.BASIC)
                .responseTimeout(Duration.ofSeconds(30)).attemptTimeout(Duration.ofMillis(300)).maxAttempts(1)
                .build());
        long started = System.nanoTime();

        ApiCallException e = assertThrows(ApiCallException.class, () -> client.execute(getSender("p", "s")));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(ErrorKind.TRANSPORT, e.kind());
        assertInstanceOf(AttemptTimeoutException.class, e.getCause());
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
        assertEquals(1, proxy.seen().size());
    }

    private ProxySettings viaProxy() {
        return ProxySettings.of(proxy.host(), proxy.port());
    }

    private ProxySettings viaAuthenticatedProxy() {
        return viaProxy().withCredentials(PROXY_USER, PROXY_PASSWORD);
    }

    private static ClientSettings.Builder tlsSettings(String host, LoopbackTlsServer tls) {
        String base = "https://" + host + ":" + tls.port();
        return ClientSettings.builder().baseUrl(base).authUrl(base + TOKEN_PATH)
                .keyId(ClientTestSupport.KEY_ID).keySecret(ClientTestSupport.KEY_SECRET)
                .sslContext(LoopbackTlsServer.trustingContext())
                .connectTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(5));
    }

    private static List<Throwable> causes(Throwable t) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
            chain.add(c);
        }
        return chain;
    }
}
