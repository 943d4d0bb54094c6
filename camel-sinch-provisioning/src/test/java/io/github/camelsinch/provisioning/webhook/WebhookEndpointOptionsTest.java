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
package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sinch-prov:webhook fails closed and keeps its options to itself: a receiver that could not verify callbacks does
 * not start, and options of the receiver and of the operations cannot be mixed up silently.
 */
class WebhookEndpointOptionsTest extends WebhookTestSupport {

    @BeforeEach
    void start() throws Exception {
        startContext(c -> {});
    }

    @Test
    void withoutASecretTheRouteDoesNotStart() {
        assertStartFails("sinch-prov:webhook", "webhookSecret is required");
        assertStartFails("sinch-prov:webhook?webhookSecret=", "webhookSecret is required");
        assertEquals(0, receiverExchangesCreated.get());
    }

    @Test
    void noOtherAlgorithmCanBeConfigured() {
        assertStartFails("sinch-prov:webhook?webhookSecret=" + SECRET + "&algorithm=HmacSHA1", "HmacSHA256");
    }

    @Test
    void nonsensicalSettingsFailTheStart() {
        assertStartFails("sinch-prov:webhook?webhookSecret=" + SECRET + "&timestampTolerance=0", "timestampTolerance");
        assertStartFails("sinch-prov:webhook?webhookSecret=" + SECRET + "&nonceCacheSize=0", "nonceCacheSize");
        assertStartFails("sinch-prov:webhook?webhookSecret=" + SECRET + "&path=events", "path");
        assertStartFails("sinch-prov:webhook?webhookSecret=" + SECRET + "&projectId=", "projectId");
    }

    @Test
    void theReceiverRefusesOptionsOfTheOperationsAndOfThePoll() {
        assertEndpointFails("sinch-prov:webhook?webhookSecret=x&pageSize=5", "pageSize", "do not apply");
        assertEndpointFails("sinch-prov:webhook?webhookSecret=x&watchFields=qualityRating", "watchFields");
        assertEndpointFails("sinch-prov:webhook?webhookSecret=x&initialEmit=true", "initialEmit");
        assertEndpointFails("sinch-prov:webhook?webhookSecret=x&foo=bar", "Unknown option", "foo", "webhookSecret");
    }

    @Test
    void theOperationsRefuseTheReceiversOptions() {
        assertEndpointFails("sinch-prov:webhooks/list?webhookSecret=x", "webhookSecret", "sinch-prov:webhook",
                "webhooks/list");
        assertEndpointFails("sinch-prov:whatsapp-senders/list?autoRegister=true", "autoRegister");
    }

    @Test
    void theReceiverCannotBeSentTo() {
        Exception e = assertThrows(Exception.class,
                () -> context.createProducerTemplate().sendBody("sinch-prov:webhook?webhookSecret=x", "{}"));
        assertTrue(messages(e).contains("only receives"), messages(e));
    }

    @Test
    void theSecretsAreMaskedInTheEndpointUri() {
        SinchProvisioningEndpoint endpoint = (SinchProvisioningEndpoint) context.getEndpoint(
                "sinch-prov:webhook?webhookSecret=" + SECRET + "&previousWebhookSecret=old-" + SECRET);
        String sanitized = URISupport.sanitizeUri(endpoint.getEndpointUri());
        assertFalse(sanitized.contains(SECRET), sanitized);
        assertFalse(endpoint.getWebhookConfiguration().toString().contains(SECRET));
        assertInstanceOf(SinchProvisioningWebhookEndpoint.class, endpoint);
    }

    @Test
    void camelsMetadataDescribesTheReceiverWithTheOneEndpointClass() throws Exception {
        String json;
        try (var in = getClass().getResourceAsStream("/META-INF/io/github/camelsinch/provisioning/sinch-prov.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(json.contains("\"webhook\""), "webhook is one of the api values");
        assertTrue(json.matches("(?s).*\"operation\": \\{[^}]*\"required\": false.*"), "operation is optional");
        assertTrue(json.matches("(?s).*\"webhookSecret\": \\{[^}]*\"secret\": true.*"), "webhookSecret is secret");
        assertTrue(json.matches("(?s).*\"previousWebhookSecret\": \\{[^}]*\"secret\": true.*"));
        assertTrue(json.contains("CamelSinchProvEventType"));

        EndpointUriFactory uris = context.getCamelContextExtension().getEndpointUriFactory("sinch-prov");
        assertEquals("sinch-prov:webhook?webhookSecret=RAW(s)", // RAW: Camel knows it is a secret
                uris.buildUri("sinch-prov", Map.of("api", "webhook", "webhookSecret", "s"), false));
        assertTrue(uris.propertyNames().containsAll(java.util.Set.of("path", "webhookSecret", "previousWebhookSecret",
                "timestampTolerance", "nonceCacheSize", "algorithm", "autoRegister", "webhookUrl", "triggers",
                "unregisterOnStop")));
        assertTrue(uris.secretPropertyNames().containsAll(java.util.Set.of("webhookSecret",
                "previousWebhookSecret")));
    }

    @Test
    void withoutAPlatformHttpServerTheRouteFailsNamingWhatIsMissing() throws Exception {
        try (CamelContext bare = new DefaultCamelContext()) {
            bare.getComponent("sinch-prov", SinchProvisioningComponent.class).getConfiguration()
                    .setProjectId(PROJECT_ID);
            bare.start();
            Exception e = assertThrows(Exception.class, () -> bare.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("sinch-prov:webhook?webhookSecret=" + SECRET).to("log:never");
                }
            }));
            assertTrue(messages(e).contains("camel-platform-http-main with camel.server.enabled=true"), messages(e));
        }
    }

    private void assertStartFails(String uri, String expected) {
        Exception e = assertThrows(Exception.class, () -> addReceiver(uri));
        assertTrue(messages(e).contains(expected), messages(e));
        try {
            context.removeRoute("hook");
        } catch (Exception ignored) {
            // never added
        }
    }

    private void assertEndpointFails(String uri, String... expected) {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint(uri));
        for (String fragment : expected) {
            assertTrue(e.getMessage().contains(fragment), e.getMessage());
        }
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append(" | ");
        }
        return text.toString();
    }
}
