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
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status headers of a WhatsApp template through its whole life on the simulator, including the changes the main
 * status alone cannot show (a draft submitted before there is any state, an edit of an approved template), and the
 * README's first consumer route's log line rendered for each: it must say something true every time.
 */
class StatusHeadersSimulatorTest extends CamelTestSupport {

    private static final Path README = Path.of("../README.md");

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
        c.setProjectId("headers-project");
        camel.addComponent("sinch-prov", component);
        events.attach(camel.getEndpoint("mock:watched", MockEndpoint.class));
        return camel;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        String readmeLine = readmeLogExpression();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sinch-prov:whatsapp-templates/list?startScheduler=false").routeId("watch")
                        .setHeader("readmeLine", simple(readmeLine))
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
    void everyStepOfATemplateHasTrueHeadersAndReadmeLine() throws Exception {
        assertEquals(List.of(), step()); // the baseline: nothing yet

        template.sendBody("sinch-prov:whatsapp-templates/create", template(null)); // saved as a draft
        assertEquals(List.of("ADDED | null -> DRAFT | changes.status none -> DRAFT"
                + " | order_update/EN ADDED: changes.status none -> DRAFT"), step());

        update("SUBMIT");
        assertEquals(List.of("CHANGED | DRAFT -> IN_PROGRESS | changes.status DRAFT -> IN_PROGRESS"
                + " | order_update/EN CHANGED: changes.status DRAFT -> IN_PROGRESS"), step());

        simulator.control().advance(Duration.ofSeconds(5)); // in review at Meta: the change is applied
        assertEquals(List.of("CHANGED | IN_PROGRESS -> PENDING | state none -> PENDING, changes.status IN_PROGRESS"
                + " -> none | order_update/EN CHANGED: state none -> PENDING, changes.status IN_PROGRESS"
                + " -> none"), step());

        simulator.control().advance(Duration.ofSeconds(5));
        assertEquals(List.of("CHANGED | PENDING -> APPROVED | state PENDING -> APPROVED"
                + " | order_update/EN CHANGED: state PENDING -> APPROVED"), step());

        // An edit of the approved template: the state stays, only the pending change's status moves.
        update("SUBMIT");
        assertEquals(List.of("CHANGED | APPROVED -> APPROVED | changes.status none -> IN_PROGRESS (state APPROVED)"
                + " | order_update/EN CHANGED: changes.status none -> IN_PROGRESS (state APPROVED)"),
                step());

        template.sendBodyAndHeader("sinch-prov:whatsapp-templates/deleteByName", null,
                SinchProvisioningConstants.TEMPLATE_NAME, "order_update");
        assertEquals(List.of("REMOVED | APPROVED -> null | state APPROVED -> none, changes.status IN_PROGRESS -> none"
                + " | order_update/EN REMOVED: state APPROVED -> none, changes.status IN_PROGRESS"
                + " -> none"), step());
    }

    /** One poll; each change as "type | previous -> new main status | summary | the README's log line". */
    private List<String> step() throws Exception {
        ((SinchProvisioningStatusConsumer) context.getRoute("watch").getConsumer()).poll();
        return events.drain().stream().map(e -> {
            Map<String, Object> h = e.headers();
            return e.type() + " | " + e.previous() + " -> " + e.next() + " | "
                    + h.get(SinchProvisioningConstants.STATUS_SUMMARY) + " | " + h.get("readmeLine");
        }).toList();
    }

    private void update(String status) {
        template.sendBodyAndHeaders("sinch-prov:whatsapp-templates/update", "{\"status\":\"" + status + "\"}",
                Map.of(SinchProvisioningConstants.TEMPLATE_NAME, "order_update",
                        SinchProvisioningConstants.parameterHeader("languageCode"), "EN"));
    }

    /** The expression of the README's first consumer route's {@code .log(...)}, as a reader copies it. */
    private static String readmeLogExpression() throws IOException {
        String readme = Files.readString(README);
        Matcher m = Pattern
                .compile("from\\(\"sinch-prov:whatsapp-templates/list\\?delay=60000\"\\)\\s*\\.log\\(\"(.*)\"\\);")
                .matcher(readme);
        assertTrue(m.find(), "README.md has no consumer route from(\"sinch-prov:whatsapp-templates/list?delay=60000\")"
                + ".log(\"...\") any more: update this test with it");
        return m.group(1);
    }

    private static String template(String status) {
        return "{\"name\":\"order_update\",\"category\":\"UTILITY\",\"language\":\"EN\","
                + (status == null ? "" : "\"status\":\"" + status + "\",")
                + "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Your order {{1}} shipped\","
                + "\"examples\":[\"42\"]}]}}";
    }
}
