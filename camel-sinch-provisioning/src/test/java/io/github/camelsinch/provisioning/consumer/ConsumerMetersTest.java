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
import io.github.camelsinch.provisioning.client.FakeClock;
import io.github.camelsinch.provisioning.metrics.MeterNames;
import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.github.camelsinch.provisioning.metrics.MeterAssertions.assertLowCardinality;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.assertNoSinchMeters;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.counter;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.functionTimer;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.gauge;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status consumer's meters against the simulator: polls by outcome with their time, changes by type, resources
 * watched, skipped polls and the age of the last complete poll (on the consumer's clock, so a stall shows), and
 * none left once the route is removed.
 */
class ConsumerMetersTest extends CamelTestSupport {

    private static final String PROJECT = "metrics-project";
    private static final String[] ROUTE = {"routeId", "watch", "api", "whatsapp-templates", "operation", "list"};

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FakeClock clock = new FakeClock();
    private SinchSimulator simulator;
    private SinchProvisioningStatusConsumer watch;

    @Override
    protected void setupResources() {
        simulator = SinchSimulator.start(SimulatorConfig.forTests());
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        camel.getRegistry().bind("prometheus", registry);
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setBaseUrl(simulator.baseUrl());
        c.setAuthUrl(simulator.tokenUrl());
        c.setKeyId(simulator.keyId());
        c.setKeySecret(simulator.keySecret());
        c.setProjectId(PROJECT);
        camel.addComponent("sinch-prov", component);
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

    @BeforeEach
    void useTheFakeClock() {
        watch = (SinchProvisioningStatusConsumer) context.getRoute("watch").getConsumer();
        watch.useClock(clock);
    }

    /** The context is stopped before the simulator it polls closes. */
    @Override
    protected void cleanupResources() {
        context.stop();
        simulator.close();
    }

    @Test
    void pollsChangesResourcesAndTheAgeOfTheLastCompletePoll() throws Exception {
        template.sendBody("sinch-prov:whatsapp-templates/create", template("order_update"));
        template.sendBody("sinch-prov:whatsapp-templates/create", template("shipping_note"));
        clock.advance(Duration.ofSeconds(90));
        assertEquals(90, seconds(registry, MeterNames.CONSUMER_LAST_COMPLETE_POLL_AGE, ROUTE), 0.001,
                "before any poll: since the consumer started");

        assertEquals(2, watch.poll());
        FunctionTimer complete = functionTimer(registry, MeterNames.CONSUMER_POLL, with("outcome", "complete"));
        assertEquals(1, complete.count());
        assertTrue(complete.totalTime(TimeUnit.NANOSECONDS) > 0, "the poll's time is recorded");
        assertEquals(2, counter(registry, MeterNames.CONSUMER_CHANGES, with("type", "added")));
        assertEquals(2, gauge(registry, MeterNames.CONSUMER_RESOURCES, ROUTE));
        assertEquals(0, seconds(registry, MeterNames.CONSUMER_LAST_COMPLETE_POLL_AGE, ROUTE), 0.001);

        template.sendBodyAndHeader("sinch-prov:whatsapp-templates/deleteByName", null,
                SinchProvisioningConstants.TEMPLATE_NAME, "shipping_note");
        assertEquals(1, watch.poll());
        assertEquals(1, counter(registry, MeterNames.CONSUMER_CHANGES, with("type", "removed")));
        assertEquals(1, gauge(registry, MeterNames.CONSUMER_RESOURCES, ROUTE));
        assertEquals(2, functionTimer(registry, MeterNames.CONSUMER_POLL, with("outcome", "complete")).count());

        // A 429 pauses polling: a rate_limited poll, one pause of its Retry-After, then skipped polls; the age of
        // the last complete poll keeps growing meanwhile.
        simulator.control().addFault(FaultRule.on("GET", "/v1/projects/[^/]+/whatsapp/templates", 1,
                Fault.rateLimited(Duration.ofSeconds(120))));
        clock.advance(Duration.ofSeconds(60));
        assertEquals(0, watch.poll());
        assertEquals(0, watch.poll());
        assertEquals(1, functionTimer(registry, MeterNames.CONSUMER_POLL, with("outcome", "rate_limited")).count());
        assertEquals(1, counter(registry, MeterNames.CONSUMER_RATE_LIMIT_PAUSES, ROUTE));
        assertEquals(120, counter(registry, MeterNames.CONSUMER_RATE_LIMIT_WAIT, ROUTE), 0.001);
        assertEquals(1, counter(registry, MeterNames.CONSUMER_POLLS_SKIPPED, with("reason", "rate_limited")));
        assertEquals(watch.skippedPolls(), (long) counter(registry, MeterNames.CONSUMER_POLLS_SKIPPED,
                with("reason", "rate_limited")), "the meter reads the consumer's own counter");
        clock.advance(Duration.ofSeconds(30));
        assertEquals(90, seconds(registry, MeterNames.CONSUMER_LAST_COMPLETE_POLL_AGE, ROUTE), 0.001);

        assertLowCardinality(registry, PROJECT, "order_update", "shipping_note", "127.0.0.1", "localhost",
                simulator.keyId(), simulator.keySecret());
    }

    @Test
    void aRemovedRouteLeavesNoConsumerMeters() throws Exception {
        watch.poll();
        assertEquals(1, functionTimer(registry, MeterNames.CONSUMER_POLL, with("outcome", "complete")).count());
        context.getRouteController().stopRoute("watch");
        context.removeRoute("watch");
        assertNoSinchMeters(registry, "sinch.prov.consumer.");
        assertEquals(1, registry.find(MeterNames.ATTEMPTS).functionCounters().size(),
                "the component's meters stay while the component runs");
    }

    /** The route's tags plus one more. */
    private static String[] with(String key, String value) {
        String[] tags = java.util.Arrays.copyOf(ROUTE, ROUTE.length + 2);
        tags[ROUTE.length] = key;
        tags[ROUTE.length + 1] = value;
        return tags;
    }

    private static String template(String name) {
        return "{\"name\":\"" + name + "\",\"category\":\"UTILITY\",\"language\":\"EN\",\"status\":\"SUBMIT\","
                + "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Your order {{1}} shipped\","
                + "\"examples\":[\"42\"]}]}}";
    }
}
