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
package io.github.camelsinch.provisioning.resilience;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningException;
import io.github.camelsinch.provisioning.client.ErrorKind;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * TLS (docs/resilience.md, TLS): {@code sslContextParameters} is what the component trusts. A loopback HTTPS server
 * with a self-signed certificate (src/test/resources/tls, see its README) is reachable only when the parameters trust
 * it; without them the JVM default trust rejects the handshake, and a certificate for another host name is rejected
 * even when trusted (hostname verification stays on).
 * Each call makes its own context (not CamelTestSupport's one): a test compares several TLS settings side by side.
 */
class SslContextParametersTest {

    private static final String PASSWORD = "loopback-test";
    private final List<HttpsServer> servers = new ArrayList<>();
    private final List<CamelContext> contexts = new ArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void theCallSucceedsWhenTheParametersTrustTheServer() throws Exception {
        String url = serve("127.0.0.1");

        Exchange result = call(url, trustingTheTestCertificate());

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        assertEquals(200, result.getMessage().getHeader("CamelSinchProvHttpStatus"));
        assertEquals(2, answered.get(), "the token and the API call, both over TLS");
    }

    @Test
    void withoutTheParametersTheHandshakeFailsAndNothingIsAnswered() throws Exception {
        String url = serve("127.0.0.1");

        Exchange result = call(url, null);

        SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException());
        assertEquals(ErrorKind.TRANSPORT, e.kind());
        assertTrue(causes(e).stream().anyMatch(SSLHandshakeException.class::isInstance), () -> causes(e).toString());
        assertEquals(0, answered.get());
    }

    @Test
    void aTrustedCertificateForAnotherHostIsStillRejected() throws Exception {
        String url;
        try {
            url = serve("127.0.0.2"); // the certificate names localhost and 127.0.0.1 only
        } catch (BindException noSecondLoopbackAddress) {
            assumeTrue(false, "127.0.0.2 is not a local address on this machine");
            return;
        }

        Exchange result = call(url, trustingTheTestCertificate());

        SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException());
        assertEquals(ErrorKind.TRANSPORT, e.kind());
        assertTrue(causes(e).stream().anyMatch(SSLException.class::isInstance), () -> causes(e).toString());
        assertEquals(0, answered.get());
    }

    private Exchange call(String baseUrl, SSLContextParameters tls) {
        CamelContext context = new DefaultCamelContext();
        contexts.add(context);
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setBaseUrl(baseUrl);
        c.setAuthUrl(baseUrl + "/oauth2/token");
        c.setKeyId("tls-key");
        c.setKeySecret("tls-secret");
        c.setProjectId("p");
        c.setMaxAttempts(1);
        c.setSslContextParameters(tls);
        context.addComponent("sinch-prov", component);
        context.start();
        return context.createProducerTemplate().send("sinch-prov:webhooks/list", e -> {});
    }

    private static SSLContextParameters trustingTheTestCertificate() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("tls/loopback-trust.p12");
        store.setType("PKCS12");
        store.setPassword(PASSWORD);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    /** Starts an HTTPS server on {@code host} that plays the token endpoint and an empty webhook list. */
    private String serve(String host) throws Exception {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(host), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls()));
        server.createContext("/", this::answer);
        server.start();
        servers.add(server);
        return "https://" + host + ":" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String body = exchange.getRequestURI().getPath().equals("/oauth2/token")
                ? "{\"access_token\":\"tls-token\",\"expires_in\":3600,\"token_type\":\"bearer\"}"
                : "{\"webhooks\":[]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        answered.incrementAndGet(); // before answering: the client may assert as soon as it has the response
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static SSLContext serverTls() throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = SslContextParametersTest.class.getResourceAsStream("/tls/loopback-server.p12")) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        return tls;
    }

    private static List<Throwable> causes(Throwable t) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
            chain.add(c);
        }
        return chain;
    }
}
