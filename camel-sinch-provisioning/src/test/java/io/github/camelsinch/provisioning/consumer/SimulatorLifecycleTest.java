package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.model.WhatsappTemplateDto;
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * End to end against the simulator: templates created with the producer move through their review on the
 * simulator's clock, and the consumer reports each step. No stubbed JSON: the resources are the simulator's.
 */
class SimulatorLifecycleTest {

    private SinchSimulator simulator;
    private CamelContext context;
    private final EventLog events = new EventLog();

    @BeforeEach
    void start() throws Exception {
        simulator = SinchSimulator.start(SimulatorConfig.forTests()); // manual clock: steps happen in advance()
        context = new DefaultCamelContext();
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setBaseUrl(simulator.baseUrl());
        c.setAuthUrl(simulator.tokenUrl());
        c.setKeyId(simulator.keyId());
        c.setKeySecret(simulator.keySecret());
        c.setProjectId("e2e-project");
        context.addComponent("sinch-prov", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sinch-prov:whatsapp-templates/list?startScheduler=false&initialEmit=true").routeId("watch")
                        .process(events::record);
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        simulator.close();
    }

    @Test
    void eachReviewStepOfATemplateIsOneEvent() throws Exception {
        ProducerTemplate producer = context.createProducerTemplate();
        producer.sendBody("sinch-prov:whatsapp-templates/create", template("order_update"));
        producer.sendBody("sinch-prov:whatsapp-templates/create", template("promo_reject")); // the reject marker

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

        producer.sendBodyAndHeader("sinch-prov:whatsapp-templates/deleteByName", null,
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

        ProducerTemplate producer = context.createProducerTemplate();
        producer.sendBody("sinch-prov:whatsapp-templates/create", template("order_update"));
        poll();
        assertEquals(List.of("ADDED order_update/EN"), events.drain().stream()
                .map(e -> e.type() + " " + e.resourceId()).toList());

        producer.sendBodyAndHeader("sinch-prov:whatsapp-templates/deleteByName", null,
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
                  + e.newStatuses().get("changes.status")).toList();
    }

    private static String template(String name) {
        return "{\"name\":\"" + name + "\",\"category\":\"UTILITY\",\"language\":\"EN\",\"status\":\"SUBMIT\","
               + "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Your order {{1}} shipped\","
               + "\"examples\":[\"42\"]}]}}";
    }
}
