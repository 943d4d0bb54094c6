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

import io.github.camelsinch.provisioning.client.LogCapture;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.github.camelsinch.provisioning.model.WebhookWebhookInputDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets at component level (docs/resilience.md, Secrets): the key secret, OAuth tokens, Basic credentials and secrets
 * inside bodies appear in no endpoint URI (once sanitized), toString, exception message or log line at any level.
 */
class SecretsTest extends StubbedApiTestSupport {

    /** The MBeans are under test: CamelTestSupport turns JMX off unless asked. */
    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    private static final String URI_SECRET = "uri-key-secret-Q9x7";
    private static final String SECOND_TOKEN = "second-access-token-77f0e1";
    private static final String WHATSAPP_BEARER = "EAAGwhatsappBearerToken.aaaa.bbbb";
    private static final String WEBHOOK_SECRET = "webhook-signing-secret-5d1c";

    private static String basicCredential(String id, String secret) {
        return Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private List<String> secrets() {
        return List.of(KEY_SECRET, URI_SECRET, ACCESS_TOKEN, SECOND_TOKEN, WHATSAPP_BEARER, WEBHOOK_SECRET,
                basicCredential(KEY_ID, KEY_SECRET), basicCredential("uri-key", URI_SECRET));
    }

    private void assertNoSecret(String where, String text) {
        for (String secret : secrets()) {
            assertFalse(text.contains(secret), () -> where + " leaks a secret: " + text);
        }
    }

    @Test
    void sanitizedEndpointUriHoldsNoKeySecret() {
        for (String uri : List.of(
                "sinch-prov:webhooks/list?keyId=uri-key&keySecret=" + URI_SECRET,
                "sinch-prov:webhooks/list?keySecret=" + URI_SECRET + "&keyId=uri-key&pageSize=3",
                "sinch-prov:webhooks/list?keyId=uri-key&keySecret=RAW(" + URI_SECRET + ")",
                "sinch-prov://webhooks/get?webhookId=w&keyId=uri-key&keySecret=" + URI_SECRET)) {
            Endpoint endpoint = context.getEndpoint(uri);
            SinchProvisioningEndpoint sinch = assertInstanceOf(SinchProvisioningEndpoint.class, endpoint);
            assertEquals(URI_SECRET, sinch.getConfiguration().getKeySecret(), uri);
            assertNoSecret("sanitizeUri(getEndpointUri())", URISupport.sanitizeUri(endpoint.getEndpointUri()));
            assertNoSecret("sanitizeUri(getEndpointBaseUri())", URISupport.sanitizeUri(endpoint.getEndpointBaseUri()));
            assertNoSecret("endpoint.toString()", endpoint.toString());
            assertNoSecret("configuration.toString()", sinch.getConfiguration().toString());
        }
    }

    @Test
    void failedEndpointCreationDoesNotEchoTheSecret() {
        for (String uri : List.of(
                "sinch-prov:webhooks/list?keySecret=" + URI_SECRET + "&pageSize=99",
                "sinch-prov:webhooks/list?keySecret=" + URI_SECRET + "&foo=bar",
                "sinch-prov:webhooks/list?keySecret=" + URI_SECRET + "&baseUrl=http://example.com",
                "sinch-prov:webhooks/nope?keySecret=" + URI_SECRET)) {
            ResolveEndpointFailedException e =
                    assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(uri));
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertNoSecret("exception " + t.getClass().getSimpleName(), String.valueOf(t.getMessage()));
            }
        }
    }

    @Test
    void configurationAndEndpointToStringMaskTheSecret() {
        SinchProvisioningComponent component = context.getComponent("sinch-prov", SinchProvisioningComponent.class);
        String text = component.getConfiguration().toString();
        assertTrue(text.contains("keySecret=***"), text);
        assertTrue(text.contains(KEY_ID), "the key id is not a secret and helps debugging: " + text);
        assertNoSecret("component configuration", text);

        SinchProvisioningEndpoint endpoint = (SinchProvisioningEndpoint) context.getEndpoint(
                "sinch-prov:webhooks/list?keyId=uri-key&keySecret=" + URI_SECRET);
        call(endpoint.getEndpointUri(), (Object) null);
        assertNoSecret("endpoint", endpoint.toString());
        assertNoSecret("endpoint configuration", endpoint.getConfiguration().toString());
        assertNoSecret("endpoint client", endpoint.client().toString());
        assertNoSecret("endpoint client settings", endpoint.client().settings().toString());
        assertNoSecret("transport", component.transport().toString());
        assertNoSecret("token cache", component.transport().tokenCache().toString());
    }

    @Test
    void exceptionMessagesHoldNoSecret() {
        server.always("GET", "/v1/", StubResponse.json(401, "{\"errorCode\":\"unauthorized\",\"message\":"
                + "\"Token " + ACCESS_TOKEN + " rejected\",\"resolution\":\"none\"}"));

        Exchange result = call("sinch-prov:webhooks/list", (Object) null);

        SinchProvisioningException e = assertInstanceOf(SinchProvisioningException.class, result.getException());
        assertTrue(e.isAuthenticationError());
        // The API's own message is passed on as it came; only what the component composes must be clean.
        assertNoSecret("sanitized URI", e.sanitizedUri());
        assertFalse(e.getMessage().contains(KEY_SECRET), e.getMessage());
    }

    @Test
    void modelToStringMasksTokensAndSecrets() throws Exception {
        WhatsappSenderDto sender = ModelJson.mapper().readValue("{\"id\":\"s1\",\"state\":\"ACTIVE\","
                + "\"bearerToken\":\"" + WHATSAPP_BEARER + "\",\"futureAccessToken\":\"" + WHATSAPP_BEARER + "-2\","
                + "\"details\":{\"displayName\":\"Shop\",\"apiSecret\":\"" + WEBHOOK_SECRET + "\"}}",
                WhatsappSenderDto.class);

        assertEquals(WHATSAPP_BEARER, sender.getBearerToken(), "the value itself stays readable");
        String text = sender.toString();
        assertTrue(text.contains("bearerToken=***"), text);
        assertTrue(text.contains("futureAccessToken=***"), "unknown token-like fields are masked too: " + text);
        assertTrue(text.contains("apiSecret=***"), "nested models mask as well: " + text);
        assertTrue(text.contains("id=s1") && text.contains("displayName=Shop"), text);
        assertNoSecret("WhatsappSenderDto.toString()", text);

        WebhookWebhookInputDto webhook = new WebhookWebhookInputDto().withTarget("https://example.com/h")
                .withSecret(WEBHOOK_SECRET);
        assertTrue(webhook.toString().contains("secret=***"), webhook.toString());
        assertNoSecret("WebhookWebhookInputDto.toString()", webhook.toString());
    }

    @Test
    void fullFlowAtTraceLogsNoSecret() throws Exception {
        String sender = "/v1/projects/" + PROJECT_ID + "/whatsapp/senders/s1";
        String webhooks = "/v1/projects/" + PROJECT_ID + "/webhooks";
        server.enqueue("POST", TOKEN_PATH,
                StubResponse.json(200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600,"
                        + "\"token_type\":\"bearer\"}"),
                StubResponse.json(200, "{\"access_token\":\"" + SECOND_TOKEN + "\",\"expires_in\":3600,"
                        + "\"token_type\":\"bearer\"}"));
        String senderJson = "{\"id\":\"s1\",\"state\":\"ACTIVE\",\"bearerToken\":\"" + WHATSAPP_BEARER + "\"}";
        // 401 -> refresh -> 500 -> retry -> 200 with a WhatsApp token in the body
        server.enqueue("GET", sender, StubResponse.status(401),
                StubResponse.papiError(500, "internal", "Oops", "Retry"), StubResponse.json(200, senderJson));
        server.enqueue("POST", webhooks, StubResponse.json(201, "{\"id\":\"wh-1\",\"secret\":\"" + WEBHOOK_SECRET
                + "\"}"));
        server.always("GET", webhooks, StubResponse.papiError(500, "internal", "Still down", "Later"));

        // Credentials live on the component, as they should. (Camel core itself prints a secret written literally
        // into a URI - AbstractCamelContext "Getting endpoint with uri" - and a resolved property placeholder
        // value - DefaultPropertiesLookup - at TRACE; no component can prevent that.)
        List<String> lines = new ArrayList<>();
        try (LogCapture component = LogCapture.capture("io.github.camelsinch", Level.TRACE);
             LogCapture camel = LogCapture.capture("org.apache.camel", Level.TRACE)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:sender").to("sinch-prov:whatsapp-senders/get?senderId=s1");
                    from("direct:create").to("sinch-prov:webhooks/create");
                    from("direct:list").to("sinch-prov:webhooks/list");
                    from("direct:basic").to("sinch-prov:webhooks/list?authType=basic");
                }
            });

            Exchange got = template.send("direct:sender", e -> {});
            assertNull(got.getException(), () -> String.valueOf(got.getException()));
            assertEquals(WHATSAPP_BEARER, got.getMessage().getBody(WhatsappSenderDto.class).getBearerToken());
            assertEquals(2, tokenRequests(), "the 401 refreshed the token once");

            Exchange created = template.send("direct:create", e -> e.getMessage().setBody(
                    "{\"target\":\"https://example.com/h\",\"secret\":\"" + WEBHOOK_SECRET
                            + "\",\"triggers\":[\"ALL\"]}"));
            assertNull(created.getException(), () -> String.valueOf(created.getException()));

            // The second create fails (the stub has no more 201): Camel's error handler logs the failed exchange.
            Exchange rejected = template.send("direct:create", e -> e.getMessage().setBody(
                    "{\"target\":\"https://example.com/h\",\"secret\":\"" + WEBHOOK_SECRET
                            + "\",\"triggers\":[\"ALL\"]}"));
            assertInstanceOf(SinchProvisioningException.class, rejected.getException());

            Exchange failed = template.send("direct:list", e -> {});
            SinchProvisioningException error =
                    assertInstanceOf(SinchProvisioningException.class, failed.getException());
            lines.add(error.getMessage());
            lines.add(error.toString());

            Exchange basic = template.send("direct:basic", e -> {});
            assertNotNull(basic.getException()); // the stub answers 500; the point is the Basic credential
            assertEquals("Basic " + basicCredential(KEY_ID, KEY_SECRET),
                    server.requests("GET", webhooks).get(server.requests("GET", webhooks).size() - 1)
                            .header("Authorization"));

            lines.addAll(component.lines());
            lines.addAll(camel.lines());
            assertTrue(component.lines().stream().anyMatch(l -> l.startsWith("TRACE")),
                    "TRACE must really be on: " + component.lines());
            assertTrue(component.lines().stream().anyMatch(l -> l.contains("bearerToken")),
                    "the response body was logged (redacted): " + component.lines());
            assertTrue(camel.lines().size() > 10, "Camel's own logging was captured: " + camel.lines().size());
            assertTrue(camel.lines().stream().anyMatch(l -> l.startsWith("ERROR") && l.contains("webhooks")),
                    "the error handler's report of the failed exchange was captured");
        }
        for (String line : lines) {
            assertNoSecret("log line", line);
        }
    }

    @Test
    void healthChecksManagementAttributesAndHeadersHoldNoSecret() throws Exception {
        String webhooks = "/v1/projects/" + PROJECT_ID + "/webhooks";
        server.enqueue("GET", webhooks, StubResponse.status(401), StubResponse.status(401),
                StubResponse.papiError(429, "too_many_requests", "Slow down", "Wait").withHeader("Retry-After", "600"),
                StubResponse.papiError(503, "unavailable", "Down", "Later"),
                StubResponse.json(200, "{\"webhooks\":[{\"id\":\"w\",\"secret\":\"" + WEBHOOK_SECRET + "\"}]}"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list").to("sinch-prov:webhooks/list?keyId=uri-key&keySecret=" + URI_SECRET);
            }
        });
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);
        List<String> surfaces = new ArrayList<>();

        try (LogCapture component = LogCapture.capture("io.github.camelsinch", Level.TRACE)) {
            for (int call = 0; call < 3; call++) { // 401 twice (rejected), 429 beyond the cap, 503 then 200
                Exchange result = template.send("direct:list", e -> {});
                result.getMessage().getHeaders().forEach((k, v) -> surfaces.add("header " + k + "=" + v));
                surfaces.add("exception " + result.getException());
                for (HealthCheck check : producers.stream().toList()) {
                    for (HealthCheck.Result r : List.of(check.callReadiness(), check.callLiveness())) {
                        surfaces.add("health " + check.getId() + " " + r.getState() + " " + r.getMessage().orElse("")
                                + " " + r.getDetails());
                    }
                }
            }
            surfaces.addAll(component.lines());
        }
        MBeanServer mbeans = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        for (ObjectName name : mbeans.queryNames(new ObjectName("org.apache.camel:context="
                + context.getManagementName() + ",*"), null)) {
            if (!name.toString().contains("sinch-prov")) {
                continue;
            }
            for (MBeanAttributeInfo attribute : mbeans.getMBeanInfo(name).getAttributes()) {
                try {
                    surfaces.add("jmx " + name + " " + attribute.getName() + "="
                            + mbeans.getAttribute(name, attribute.getName()));
                } catch (Exception notReadable) {
                    // some standard attributes need a running route; they are not ours
                }
            }
        }

        assertTrue(surfaces.stream().anyMatch(l -> l.startsWith("health ") && l.contains("DOWN")),
                "the checks were exercised while DOWN: " + surfaces);
        assertTrue(surfaces.stream().anyMatch(l -> l.startsWith("jmx ") && l.contains("AuthFailures=2")),
                "the component MBean was read");
        assertTrue(surfaces.stream().anyMatch(l -> l.startsWith("jmx ") && l.contains("keySecret=xxxxxx")),
                "the endpoint MBean shows the URI masked");
        for (String line : surfaces) {
            assertNoSecret("operational surface", line);
        }
    }
}
