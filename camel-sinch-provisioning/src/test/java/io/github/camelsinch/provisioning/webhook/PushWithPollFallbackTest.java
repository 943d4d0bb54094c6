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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.client.Await;
import io.github.camelsinch.provisioning.consumer.SinchProvisioningStatusConsumer;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "push with poll fallback" recipe of docs/webhooks.md, run as written: the webhook receiver and the polling
 * consumer share one state repository and feed one direct: route behind an idempotent consumer on
 * CamelSinchProvDedupKey. A callback delivered first leaves the poll nothing to report; a missed callback is
 * caught by the next poll; a callback arriving after the poll reported its transition carries the poll's key and
 * is dropped. Every transition reaches the end of the route exactly once.
 */
class PushWithPollFallbackTest extends WebhookTestSupport {

    /** Everything both consumers emitted, before the idempotent consumer. */
    private static final String EMITTED = "mock:emitted";

    private SimulatedSinch sinch;
    private final ReceivedCallbacks emitted = new ReceivedCallbacks();

    @BeforeEach
    void start() throws Exception {
        sinch = new SimulatedSinch();
        startContext(sinch::configure);
        context.getRegistry().bind("sinchState", new MemoryStateRepository());
        context.getRegistry().bind("sinchEvents", MemoryIdempotentRepository.memoryIdempotentRepository(10_000));
        String webhookUrl = url(PATH);
        emitted.attach(getMockEndpoint(EMITTED));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // --- the recipe (docs/webhooks.md) ---
                from("sinch-prov:webhook?webhookSecret=" + SECRET + "&autoRegister=true&webhookUrl=" + webhookUrl
                        + "&triggers=ALL&stateRepository=#sinchState")
                        .routeId("push").to("direct:provisioning-events");
                from("sinch-prov:whatsapp-templates/list?stateRepository=#sinchState&startScheduler=false")
                        .routeId("poll").to("direct:provisioning-events");
                from("direct:provisioning-events").routeId("events")
                        .to(EMITTED)
                        .idempotentConsumer(header(SinchProvisioningConstants.DEDUP_KEY))
                        .idempotentRepository("sinchEvents")
                        .to(RECEIVED);
            }
        });
    }

    @AfterEach
    void stopSimulator() {
        context.stop();
        sinch.close();
    }

    @Test
    void everyTransitionOnceWhetherPushedPolledOrBoth() throws Exception {
        MockEndpoint emittedExchanges = getMockEndpoint(EMITTED);
        emittedExchanges.expectedMessageCount(7); // six transitions and the late duplicate
        MockEndpoint transitions = getMockEndpoint(RECEIVED);
        transitions.expectedMessageCount(6);
        poll(); // the first poll records the (empty) baseline
        context.createProducerTemplate().sendBody("sinch-prov:whatsapp-templates/create",
                SimulatedSinch.template("order_update"));
        context.createProducerTemplate().sendBody("sinch-prov:whatsapp-templates/create",
                SimulatedSinch.template("promo_reject"));
        assertEquals(2, poll(), "creation has no callback: the poll reports it");

        // 1. Pushed first: the callbacks move the shared state on, the poll has nothing left to report.
        sinch.simulator.control().advance(Duration.ofSeconds(5));
        // Processed and stored: the receiver answers (and counts) only after storing the new state.
        Await.until("two callbacks", () -> pushReceiver().deliveredCallbacks() == 2, Duration.ofSeconds(30));
        assertEquals(0, poll());

        // 2. Missed: the receiver is suspended (503) until Sinch gives up; the next poll catches both reviews.
        context.getRouteController().suspendRoute("push");
        sinch.simulator.control().advance(Duration.ofSeconds(5));
        Await.until("Sinch gave up", () -> sinch.deliveries().stream().filter(d -> d.status() == 503).count() == 6,
                Duration.ofSeconds(30));
        context.getRouteController().resumeRoute("push");
        assertEquals(2, poll());

        // 3. Late: Sinch retries the APPROVED callback after the poll reported it: same key, dropped.
        assertEquals(6, emitted.size());
        assertEquals(200, resendApprovedCallback());
        MockEndpoint.assertIsSatisfied(30, TimeUnit.SECONDS, emittedExchanges, transitions);

        assertEquals(List.of(
                // A template under review has no state yet: its main status is the pending change's.
                "null order_update/EN ADDED null->IN_PROGRESS",
                "null promo_reject/EN ADDED null->IN_PROGRESS",
                "WHATSAPP_TEMPLATE_STATUS_UPDATED order_update/EN CHANGED IN_PROGRESS->PENDING",
                "WHATSAPP_TEMPLATE_STATUS_UPDATED promo_reject/EN CHANGED IN_PROGRESS->PENDING",
                "null order_update/EN CHANGED PENDING->APPROVED",
                "null promo_reject/EN CHANGED PENDING->REJECTED"), lines(received.all()));

        ReceivedCallbacks.Received polled = received.all().get(4);
        ReceivedCallbacks.Received late = emitted.all().get(emitted.size() - 1);
        assertEquals("WHATSAPP_TEMPLATE_APPROVED", late.eventType());
        assertEquals(polled.dedupKey(), late.dedupKey(), "push and poll key the same transition alike");
        assertEquals(polled.resourceId(), late.resourceId());
        assertEquals(polled.newStatus(), late.newStatus());
        assertEquals(7, emitted.size(), "the one duplicate was emitted and stopped by the idempotent consumer");
        assertTrue(received.all().stream().map(ReceivedCallbacks.Received::dedupKey).distinct().count() == 6);
    }

    private SinchProvisioningWebhookConsumer pushReceiver() {
        return (SinchProvisioningWebhookConsumer) context.getRoute("push").getConsumer();
    }

    /** One poll cycle, as the scheduler runs it; returns how many changes it emitted. */
    private int poll() {
        int before = emitted.size();
        ((SinchProvisioningStatusConsumer) context.getRoute("poll").getConsumer()).run();
        return emitted.size() - before;
    }

    /** What Sinch sends when it retries WHATSAPP_TEMPLATE_APPROVED: the template as it is, freshly signed. */
    private int resendApprovedCallback() throws Exception {
        JsonNode template = sinch.simulator.control()
                .resource(PROJECT_ID, ResourceKind.WHATSAPP_TEMPLATE, "order_update/EN").path("resource");
        byte[] body = ModelJson.mapper().writeValueAsString(ModelJson.mapper().createObjectNode()
                .put("type", "WHATSAPP_TEMPLATE_APPROVED").set("payload", template)).getBytes(StandardCharsets.UTF_8);
        return post(PATH, body, TestSignatures.headers(SECRET, body, "RETRY" + System.nanoTime(),
                Instant.now().getEpochSecond())).statusCode();
    }

    private static List<String> lines(List<ReceivedCallbacks.Received> events) {
        return events.stream().map(r -> r.eventType() + " " + r.resourceId() + " " + r.changeType() + " "
                + r.previousStatus() + "->" + r.newStatus()).toList();
    }
}
