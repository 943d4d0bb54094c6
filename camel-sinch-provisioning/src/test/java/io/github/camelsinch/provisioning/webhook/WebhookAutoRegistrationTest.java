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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * autoRegister against the simulator: the first start creates the webhook, a restart reuses it (replacing its
 * triggers and secret with the route's), and unregisterOnStop deletes it.
 */
class WebhookAutoRegistrationTest extends WebhookTestSupport {

    private SimulatedSinch sinch;

    @BeforeEach
    void start() throws Exception {
        sinch = new SimulatedSinch();
        startContext(sinch::configure);
    }

    @AfterEach
    void stopSimulator() {
        context.stop();
        sinch.close();
    }

    @Test
    void createsOnceReusesOnRestartAndDeletesOnStopWhenAsked() throws Exception {
        addReceiver(uri(SECRET, "WHATSAPP_TEMPLATE_APPROVED", false));
        String id = receiver().webhookId().orElseThrow();
        assertEquals(List.of(id), webhookIds());

        // A restart with other triggers and a rotated secret reuses the registration and replaces both.
        restartWith(uri("whsec-rotated-0b7f", "WHATSAPP_TEMPLATE_APPROVED,WHATSAPP_TEMPLATE_STATUS_UPDATED", false)
                + "&previousWebhookSecret=" + SECRET);
        assertEquals(id, receiver().webhookId().orElseThrow());
        assertEquals(List.of(id), webhookIds());
        assertEquals(List.of("WHATSAPP_TEMPLATE_APPROVED", "WHATSAPP_TEMPLATE_STATUS_UPDATED"), triggersOf(id));
        assertEquals(1, count("POST"), "created once");
        assertEquals(1, count("PUT"), "replaced on the restart");

        // Callbacks are now signed with the new secret.
        MockEndpoint callbacks = getMockEndpoint(RECEIVED);
        callbacks.expectedMessageCount(1);
        context.createProducerTemplate().sendBody("sinch-prov:whatsapp-templates/create",
                SimulatedSinch.template("order_update"));
        sinch.simulator.control().advance(Duration.ofSeconds(5));
        MockEndpoint.assertIsSatisfied(30, TimeUnit.SECONDS, callbacks);
        assertEquals(0, receiver().callbacksSignedWithPreviousSecret());

        // Deleted when the route stops, with unregisterOnStop.
        restartWith(uri(SECRET, "ALL", true));
        assertEquals(id, receiver().webhookId().orElseThrow());
        context.getRouteController().stopRoute("hook");
        assertEquals(List.of(), webhookIds());
        assertEquals(1, count("DELETE"));
    }

    @Test
    void keepsTheRegistrationWhenTheRouteStopsByDefault() throws Exception {
        addReceiver(uri(SECRET, "ALL", false));
        String id = receiver().webhookId().orElseThrow();
        context.getRouteController().stopRoute("hook");
        assertEquals(List.of(id), webhookIds());
    }

    @Test
    void aRegistrationThatCannotWorkFailsTheRouteStart() {
        assertStartFails("sinch-prov:webhook?webhookSecret=" + SECRET + "&autoRegister=true"
                + "&webhookUrl=http://example.com/hook", "https");
        assertStartFails("sinch-prov:webhook?webhookSecret=" + SECRET + "&autoRegister=true", "webhookUrl");
        assertStartFails("sinch-prov:webhook?webhookSecret=" + SECRET + "&autoRegister=true&webhookUrl=" + url(PATH)
                + "&triggers=WHATSAPP_TEMPLATE_APPROVD", "WHATSAPP_TEMPLATE_APPROVD");
        assertEquals(List.of(), webhookIds(), "nothing registered");
    }

    @Test
    void anApiErrorDuringRegistrationFailsTheRouteStartAndFreesThePath() throws Exception {
        sinch.simulator.control().addFault(FaultRule.on("POST", "/v1/projects/.+/webhooks", 1, Fault.status(424)));
        assertStartFails(uri(SECRET, "ALL", false), "424");
        assertEquals(List.of(), webhookIds());

        // The path is free again: the same receiver starts once the API accepts the registration.
        addReceiver(uri(SECRET, "ALL", false));
        assertEquals(1, webhookIds().size());
    }

    private void assertStartFails(String uri, String expectedInMessage) {
        Exception e = assertThrows(Exception.class, () -> addReceiver(uri));
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t).append(" | ");
        }
        assertTrue(messages.toString().contains(expectedInMessage), messages::toString);
        try {
            context.getRouteController().stopRoute("hook");
            context.removeRoute("hook");
        } catch (Exception ignored) {
            // not added at all
        }
    }

    private String uri(String secret, String triggers, boolean unregisterOnStop) {
        return "sinch-prov:webhook?webhookSecret=" + secret + "&autoRegister=true&webhookUrl=" + url(PATH)
                + "&triggers=" + triggers + "&unregisterOnStop=" + unregisterOnStop;
    }

    private void restartWith(String uri) throws Exception {
        context.getRouteController().stopRoute("hook");
        context.removeRoute("hook");
        addReceiver(uri);
    }

    private List<String> webhookIds() {
        return sinch.simulator.control().resources(PROJECT_ID, ResourceKind.WEBHOOK).stream()
                .map(r -> r.path("key").asText()).toList();
    }

    private List<String> triggersOf(String id) {
        ObjectNode webhook = sinch.simulator.control().resource(PROJECT_ID, ResourceKind.WEBHOOK, id);
        List<String> triggers = new java.util.ArrayList<>();
        webhook.path("resource").path("triggers").forEach(t -> triggers.add(t.asText()));
        return triggers;
    }

    private long count(String method) {
        return sinch.simulator.control().requests().stream()
                .filter(r -> r.method().equals(method) && r.path().contains("/webhooks")).count();
    }
}
