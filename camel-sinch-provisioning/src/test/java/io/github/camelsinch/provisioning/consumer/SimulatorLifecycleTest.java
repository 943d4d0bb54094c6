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
package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.model.WhatsappTemplateDto;
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * End to end against the simulator: templates created with the producer move through their review on the
 * simulator's clock, and the consumer reports each step. No stubbed JSON: the resources are the simulator's.
 */
class SimulatorLifecycleTest extends CamelTestSupport {

    private SinchSimulator simulator;
    private final EventLog events = new EventLog();

    @Override
    protected void setupResources() {
        simulator = SinchSimulator.start(SimulatorConfig.forTests()); // manual clock: steps happen in advance()
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setBaseUrl(simulator.baseUrl());
        c.setAuthUrl(simulator.tokenUrl());
        c.setKeyId(simulator.keyId());
        c.setKeySecret(simulator.keySecret());
        c.setProjectId("e2e-project");
        camel.addComponent("sinch-prov", component);
        events.attach(camel.getEndpoint("mock:watched", MockEndpoint.class));
        return camel;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sinch-prov:whatsapp-templates/list?startScheduler=false&initialEmit=true").routeId("watch")
                        .to("mock:watched");
            }
        };
    }

    /** The context is stopped before the simulator it polls closes. */
    @Override
    protected void cleanupResources() {
        context.stop();
        simulator.close();
    }

    @Test
    void eachReviewStepOfATemplateIsOneEvent() throws Exception {
        template.sendBody("sinch-prov:whatsapp-templates/create", template("order_update"));
        template.sendBody("sinch-prov:whatsapp-templates/create", template("promo_reject")); // the reject marker

        poll();
        assertEquals(List.of("ADDED order_update/EN null IN_PROGRESS", "ADDED promo_reject/EN null IN_PROGRESS"),
                lines(events.drain()));

        simulator.control().advance(Duration.ofSeconds(5)); // submitted -> in review
        poll();
        assertEquals(List.of("CHANGED order_update/EN null->PENDING IN_PROGRESS->null",
                "CHANGED promo_reject/EN null->PENDING IN_PROGRESS->null"), lines(events.drain()));

        simulator.control().advance(Duration.ofSeconds(5)); // reviewed
        poll();
        List<EventLog.Event> reviewed = events.drain();
        assertEquals(List.of("CHANGED order_update/EN PENDING->APPROVED null->null",
                "CHANGED promo_reject/EN PENDING->REJECTED null->null"), lines(reviewed));
        WhatsappTemplateDto approved = assertInstanceOf(WhatsappTemplateDto.class, reviewed.get(0).body());
        assertEquals("order_update", approved.getName());

        template.sendBodyAndHeader("sinch-prov:whatsapp-templates/deleteByName", null,
                SinchProvisioningConstants.TEMPLATE_NAME, "promo_reject");
        poll();
        assertEquals(List.of("REMOVED promo_reject/EN"), events.drain().stream()
                .map(e -> e.type() + " " + e.resourceId()).toList());
        poll();
        assertEquals(List.of(), events.drain());
    }

    @Test
    void theSimulatorsEmptyListingIsReadAsEmpty() throws Exception {
        poll(); // no template yet: the simulator's empty page ({"totalSize":0,...,"templates":[]})
        assertEquals(List.of(), events.drain());

        template.sendBody("sinch-prov:whatsapp-templates/create", template("order_update"));
        poll();
        assertEquals(List.of("ADDED order_update/EN"), events.drain().stream()
                .map(e -> e.type() + " " + e.resourceId()).toList());

        template.sendBodyAndHeader("sinch-prov:whatsapp-templates/deleteByName", null,
                SinchProvisioningConstants.TEMPLATE_NAME, "order_update");
        poll(); // empty again: the one known template is removed
        assertEquals(List.of("REMOVED order_update/EN"), events.drain().stream()
                .map(e -> e.type() + " " + e.resourceId()).toList());
    }

    private void poll() throws Exception {
        ((SinchProvisioningStatusConsumer) context.getRoute("watch").getConsumer()).poll();
    }

    /** "TYPE id state before->after changes.status before->after" (ADDED: "TYPE id state changes.status"). */
    private static List<String> lines(List<EventLog.Event> events) {
        return events.stream().map(e -> e.type().equals("ADDED")
                ? e.type() + " " + e.resourceId() + " " + e.newStatuses().get("state") + " "
                        + e.newStatuses().get("changes.status")
                : e.type() + " " + e.resourceId() + " " + e.previousStatuses().get("state") + "->"
                        + e.newStatuses().get("state") + " " + e.previousStatuses().get("changes.status") + "->"
                        + e.newStatuses().get("changes.status"))
                .toList();
    }

    private static String template(String name) {
        return "{\"name\":\"" + name + "\",\"category\":\"UTILITY\",\"language\":\"EN\",\"status\":\"SUBMIT\","
                + "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Your order {{1}} shipped\","
                + "\"examples\":[\"42\"]}]}}";
    }
}
