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

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.client.Await;
import io.github.camelsinch.provisioning.model.WhatsappTemplateDto;
import io.github.camelsinch.provisioning.simulator.WebhookDelivery;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end: the simulator moves templates through their review on its clock and POSTs signed callbacks to the
 * webhook the route registered at start; the route receives them with the polling consumer's headers, and every
 * callback got its 200 (or a 500 and a retry when the route failed).
 */
class WebhookSimulatorEndToEndTest extends WebhookTestSupport {

    private static final String TEMPLATE_TRIGGERS =
            "WHATSAPP_TEMPLATE_STATUS_UPDATED,WHATSAPP_TEMPLATE_APPROVED,WHATSAPP_TEMPLATE_REJECTED";

    private SimulatedSinch sinch;
    private ProducerTemplate producer;

    @BeforeEach
    void start() throws Exception {
        sinch = new SimulatedSinch();
        startContext(sinch::configure);
        addReceiver("sinch-prov:webhook?webhookSecret=" + SECRET + "&autoRegister=true&webhookUrl=" + url(PATH)
                + "&triggers=" + TEMPLATE_TRIGGERS);
        producer = context.createProducerTemplate();
    }

    @AfterEach
    void stopSimulator() {
        context.stop();
        sinch.close();
    }

    @Test
    void eachReviewStepOfATemplateArrivesAsASignedCallbackWithThePollingHeaders() throws Exception {
        MockEndpoint callbacks = getMockEndpoint(RECEIVED);
        callbacks.expectedMessageCount(4);
        producer.sendBody("sinch-prov:whatsapp-templates/create", SimulatedSinch.template("order_update"));
        producer.sendBody("sinch-prov:whatsapp-templates/create", SimulatedSinch.template("promo_reject"));

        NotifyBuilder inReview = new NotifyBuilder(context).fromRoute("hook").whenDone(2).create();
        sinch.simulator.control().advance(Duration.ofSeconds(5)); // in review: PENDING
        assertTrue(inReview.matches(30, TimeUnit.SECONDS), "the two callbacks of the review's start");
        sinch.simulator.control().advance(Duration.ofSeconds(5)); // reviewed
        MockEndpoint.assertIsSatisfied(30, TimeUnit.SECONDS, callbacks);

        List<ReceivedCallbacks.Received> all = received.all();
        // Callbacks of one template arrive in order; those of two templates may interleave either way.
        assertEquals(List.of(
                "WHATSAPP_TEMPLATE_STATUS_UPDATED order_update/EN ADDED null->PENDING",
                "WHATSAPP_TEMPLATE_APPROVED order_update/EN CHANGED PENDING->APPROVED"),
                describe(all, "order_update/EN"));
        assertEquals(List.of(
                "WHATSAPP_TEMPLATE_STATUS_UPDATED promo_reject/EN ADDED null->PENDING",
                "WHATSAPP_TEMPLATE_REJECTED promo_reject/EN CHANGED PENDING->REJECTED"),
                describe(all, "promo_reject/EN"));

        List<ReceivedCallbacks.Received> ofApproved = all.stream()
                .filter(r -> r.resourceId().equals("order_update/EN")).toList();
        ReceivedCallbacks.Received approved = ofApproved.get(1);
        assertEquals("whatsapp-templates", approved.api());
        assertEquals("whatsapp-templates/list", approved.headers().get(SinchProvisioningConstants.WATCHED_OPERATION));
        assertEquals(Map.of("state", "APPROVED"), withoutNulls(approved));
        assertEquals(List.of("state"), approved.headers().get(SinchProvisioningConstants.CHANGED_FIELDS));
        assertTrue(approved.dedupKey().startsWith("order_update/EN#2:"), approved.dedupKey());
        assertTrue(ofApproved.get(0).dedupKey().startsWith("order_update/EN#1:"), ofApproved.get(0).dedupKey());
        assertInstanceOf(Long.class, approved.headers().get(SinchProvisioningConstants.OBSERVED_AT));
        WhatsappTemplateDto template = assertInstanceOf(WhatsappTemplateDto.class, approved.body());
        assertEquals("order_update", template.getName());
        assertEquals("APPROVED", template.getState().value());

        // The simulator records an attempt once our answer is back, a moment after the route ran.
        Await.until("4 recorded deliveries", () -> sinch.deliveries().size() == 4, Duration.ofSeconds(30));
        List<WebhookDelivery> deliveries = sinch.deliveries();
        assertTrue(deliveries.stream().allMatch(d -> d.status() == 200 && d.attempt() == 1), deliveries::toString);
        assertEquals(0, receiver().refusedCallbacks());
    }

    @Test
    void aRouteFailureAnswers500AndTheRetryCarriesTheSameDedupKey() throws Exception {
        MockEndpoint callbacks = getMockEndpoint(RECEIVED);
        callbacks.expectedMessageCount(2); // the failed one and Sinch's retry
        producer.sendBody("sinch-prov:whatsapp-templates/create", SimulatedSinch.template("order_update"));
        received.failNext(1);

        sinch.simulator.control().advance(Duration.ofSeconds(5));
        MockEndpoint.assertIsSatisfied(30, TimeUnit.SECONDS, callbacks);

        List<ReceivedCallbacks.Received> all = received.all();
        assertEquals(all.get(0).dedupKey(), all.get(1).dedupKey(), "Sinch's retry is recognisable as a duplicate");
        assertEquals(all.get(0).changeType(), all.get(1).changeType(), "nothing was stored for the failed one");
        Await.until("the retry's answer is recorded", () -> sinch.deliveries().size() == 2, Duration.ofSeconds(30));
        assertEquals(List.of(500, 200), sinch.deliveries().stream().map(WebhookDelivery::status).toList());
        assertEquals(1, receiver().failedCallbacks());
        assertEquals(1, receiver().deliveredCallbacks());
    }

    @Test
    void theRouteRegisteredItsWebhookWithTheTargetAndTriggers() {
        String id = receiver().webhookId().orElseThrow();
        String json = producer.requestBodyAndHeader("sinch-prov:webhooks/get?rawJson=true", null,
                SinchProvisioningConstants.WEBHOOK_ID, id, String.class);
        assertTrue(json.contains("\"target\":\"" + url(PATH) + "\""), json);
        assertTrue(json.contains("WHATSAPP_TEMPLATE_APPROVED") && !json.contains("\"ALL\""), json);
    }

    private static List<String> describe(List<ReceivedCallbacks.Received> all, String resourceId) {
        return all.stream().filter(r -> r.resourceId().equals(resourceId))
                .map(r -> r.eventType() + " " + r.resourceId() + " " + r.changeType() + " "
                        + r.previousStatus() + "->" + r.newStatus())
                .toList();
    }

    private static Map<String, String> withoutNulls(ReceivedCallbacks.Received r) {
        @SuppressWarnings("unchecked")
        Map<String, String> statuses = (Map<String, String>) r.headers().get(SinchProvisioningConstants.NEW_STATUSES);
        java.util.Map<String, String> present = new java.util.LinkedHashMap<>();
        statuses.forEach((k, v) -> {
            if (v != null) {
                present.put(k, v);
            }
        });
        return present;
    }
}
