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

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningException;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.LogCapture;
import io.github.camelsinch.provisioning.client.LoopbackProxy;
import io.github.camelsinch.provisioning.simulator.RecordedRequest;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proxy options of the component and its endpoints, against the simulator over plain http through a loopback
 * proxy: calls and token requests go through it, its credentials reach only it, nonProxyHosts and the system
 * property opt-in decide who goes direct, and wrong options fail when the endpoint is created.
 * Each call makes its own context (not CamelTestSupport's one): a test compares several proxy settings side by side.
 */
class ProxyOptionsTest {

    private static final String USER = "corp-proxy-user";
    private static final String PASSWORD = "corp-proxy-Pa55-x1";
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private final LoopbackProxy proxy = LoopbackProxy.start();
    private final List<CamelContext> contexts = new ArrayList<>();

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
        proxy.close();
    }

    @Test
    void producerCallsAndTokenRequestsGoThroughTheProxyWithItsCredentials() {
        proxy.requireBasic(USER, PASSWORD);
        CamelContext context = context(c -> {});
        String uri = "sinch-prov:webhooks/list?proxyHost=127.0.0.1&proxyPort=" + proxy.port()
                + "&proxyAuthUsername=" + USER + "&proxyAuthPassword=RAW(" + PASSWORD + ")";

        Exchange result = context.createProducerTemplate().send(uri, e -> {});

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        assertEquals(List.of("POST " + SIM.tokenUrl(), "POST " + SIM.tokenUrl(),
                "GET " + SIM.baseUrl() + "/v1/projects/p/webhooks",
                "GET " + SIM.baseUrl() + "/v1/projects/p/webhooks"),
                proxy.seen().stream().map(s -> s.method() + " " + s.target()).toList());
        assertEquals(BASIC, proxy.seen().get(3).proxyAuthorization());
        List<RecordedRequest> atApi = SIM.control().requests();
        assertEquals(2, atApi.size());
        atApi.forEach(r -> assertFalse(r.headers().containsKey("proxy-authorization"), r.headers().toString()));
        Endpoint endpoint = context.getEndpoints().stream().filter(e -> e.getEndpointUri().startsWith("sinch-prov"))
                .findFirst().orElseThrow();
        String sanitized = URISupport.sanitizeUri(endpoint.getEndpointUri());
        assertFalse(sanitized.contains(PASSWORD) || sanitized.contains(USER), sanitized);
    }

    @Test
    void aRejectedProxyPasswordIsAProxyErrorThatNamesNoCredentialAnywhere() throws Exception {
        proxy.requireBasic(USER, "the-right-one");
        CamelContext context = context(c -> {
            c.setProxyHost("127.0.0.1");
            c.setProxyPort(proxy.port());
            c.setProxyAuthUsername(USER);
            c.setProxyAuthPassword(PASSWORD);
        });
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list").to("sinch-prov:webhooks/list");
            }
        });
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);
        List<String> texts = new ArrayList<>();

        try (LogCapture logs = LogCapture.capture("io.github.camelsinch.provisioning", Level.TRACE)) {
            Exchange result = context.createProducerTemplate().send("direct:list", e -> {});

            SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException());
            assertTrue(e.isProxyError());
            assertEquals(ErrorKind.PROXY, e.kind());
            assertEquals(407, e.getHttpResponseCode());
            assertTrue(e.getMessage().contains("proxy authentication failed at 127.0.0.1:" + proxy.port()
                    + " (HTTP 407"), e.getMessage());
            assertEquals(0, SIM.control().requests().size(), "the API was not reached");
            for (Throwable t = e; t != null; t = t.getCause()) {
                texts.add(String.valueOf(t));
            }
            for (HealthCheck check : producers.stream().toList()) {
                HealthCheck.Result health = check.call(Map.of());
                texts.add(health.getMessage().orElse(""));
                texts.add(health.getDetails().toString());
            }
            texts.add(((SinchProvisioningComponent) context.getComponent("sinch-prov")).getConfiguration().toString());
            texts.addAll(logs.lines());
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("last.error.kind=PROXY")), texts::toString);
        for (String text : texts) {
            for (String secret : List.of(USER, PASSWORD, BASIC.substring(6))) {
                assertFalse(text.contains(secret), () -> "proxy credential in: " + text);
            }
        }
    }

    @Test
    void nonProxyHostsFromTheUriExemptTheSimulator() {
        CamelContext context = context(c -> {});

        Exchange result = context.createProducerTemplate().send("sinch-prov:webhooks/list?proxyHost=127.0.0.1"
                + "&proxyPort=" + proxy.port() + "&nonProxyHosts=localhost|127.0.0.*", e -> {});

        assertNull(result.getException(), () -> String.valueOf(result.getException()));
        assertEquals(List.of(), proxy.seen());
        assertEquals(2, SIM.control().requests().size());
    }

    @Test
    void theJvmProxyPropertiesApplyOnlyToThoseWhoOptIn() {
        String[] names = {"https.proxyHost", "https.proxyPort", "http.nonProxyHosts"};
        String[] saved = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            saved[i] = System.getProperty(names[i]);
        }
        try {
            System.setProperty("https.proxyHost", "127.0.0.1");
            System.setProperty("https.proxyPort", String.valueOf(proxy.port()));
            System.clearProperty("http.nonProxyHosts");

            assertNull(call(false).getException());
            assertEquals(List.of(), proxy.seen(), "off by default: the properties are ignored");

            assertNull(call(true).getException());
            assertEquals(List.of(), proxy.seen(), "as in the JVM, loopback is exempt unless http.nonProxyHosts says");

            System.setProperty("http.nonProxyHosts", ""); // the JVM's way to proxy loopback too
            assertNull(call(true).getException());
            assertEquals(List.of("POST " + SIM.tokenUrl(), "GET " + SIM.baseUrl() + "/v1/projects/p/webhooks"),
                    proxy.seen().stream().map(s -> s.method() + " " + s.target()).toList());
        } finally {
            for (int i = 0; i < names.length; i++) {
                if (saved[i] == null) {
                    System.clearProperty(names[i]);
                } else {
                    System.setProperty(names[i], saved[i]);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "proxyHost=127.0.0.1&proxyPort=70000;                 proxyPort must be a port number 1-65535, got: 70000",
        "proxyHost=http://proxy.example&proxyPort=3128;       proxyHost must be a host name or IP address, not a URL",
        "proxyHost=proxy.example:3128&proxyPort=3128;         put the port in proxyPort",
        "proxyHost=127.0.0.1;                                 proxyPort is required with proxyHost (1-65535)",
        "proxyPort=3128;                                      proxyHost is required with proxyPort",
        "proxyHost=127.0.0.1&proxyPort=3128&proxyAuthUsername=u; proxyAuthPassword is required with proxyAuthUsername",
        "proxyAuthUsername=u&proxyAuthPassword=pw-123456;     is set but no proxy is: set proxyHost and proxyPort",
        "nonProxyHosts=localhost;                             nonProxyHosts is set but no proxy is",
        "useSystemProxy=true&proxyHost=127.0.0.1&proxyPort=3128; Set either proxyHost and proxyPort, or useSystemProxy",
        "useSystemProxy=true&nonProxyHosts=localhost;         come from the http.nonProxyHosts system property",
        "proxyHost=127.0.0.1&proxyPort=3128&nonProxyHosts=a.example,b.example; separates hosts with '|'",
        "proxyHost=proxy.example&proxyPort=3128;              is plain http, accepted only because it stays on this machine"
    })
    void badProxyOptionsFailWhenTheEndpointIsCreated(String options, String expected) {
        CamelContext context = context(c -> {});

        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("sinch-prov:webhooks/list?" + options));

        IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertTrue(cause.getMessage().contains(expected), cause.getMessage());
        assertFalse(cause.getMessage().contains("pw-123456"), cause.getMessage());
    }

    private Exchange call(boolean useSystemProxy) {
        SIM.control().clearRequests();
        return context(c -> c.setUseSystemProxy(useSystemProxy)).createProducerTemplate()
                .send("sinch-prov:webhooks/list", e -> {});
    }

    private CamelContext context(Consumer<SinchProvisioningConfiguration> options) {
        CamelContext context = new DefaultCamelContext();
        contexts.add(context);
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setBaseUrl(SIM.baseUrl());
        c.setAuthUrl(SIM.tokenUrl());
        c.setKeyId(SIM.keyId());
        c.setKeySecret(SIM.keySecret());
        c.setProjectId("p");
        c.setMaxAttempts(1);
        options.accept(c);
        context.addComponent("sinch-prov", component);
        context.start();
        return context;
    }
}
