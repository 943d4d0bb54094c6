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

import io.github.camelsinch.provisioning.metrics.MeterNames;
import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import static io.github.camelsinch.provisioning.metrics.MeterAssertions.assertLowCardinality;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.assertNoSinchMeters;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.callCount;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.counter;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.gauge;
import static io.github.camelsinch.provisioning.metrics.MeterAssertions.timerCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The component's Micrometer meters against the simulator, with a SimpleMeterRegistry in the Camel registry: found
 * without configuration, in agreement with the JMX attributes, tagged with nothing a request carries, and gone when
 * the component stops.
 */
class MicrometerMetersTest extends SimulatedApiTestSupport {

    /** The MBeans are compared with: CamelTestSupport turns JMX off unless asked. */
    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Override
    protected void beforeStart(CamelContext camel) {
        camel.getRegistry().bind("meterRegistry", registry);
    }

    @Test
    void callsAttemptsAndRetriesAgreeWithJmxAfterA503ThenA200() throws Exception {
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.unavailable()));
        Exchange listed = template.send("sinch-prov:webhooks/list", e -> {});
        assertNull(listed.getException());

        assertEquals(1, timerCount(registry, MeterNames.CALLS, "api", "webhooks", "operation", "list",
                "outcome", "success"));
        assertEquals(2, counter(registry, MeterNames.ATTEMPTS));
        assertEquals(1, counter(registry, MeterNames.RETRIES));
        assertAgreesWithJmx();

        // A call that fails every attempt: one more call, three more attempts, two more retries.
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 3, Fault.unavailable()));
        assertNotNull(template.send("sinch-prov:webhooks/list", e -> {}).getException());
        assertEquals(1, timerCount(registry, MeterNames.CALLS, "api", "webhooks", "operation", "list",
                "outcome", "server_error"));
        assertEquals(5, counter(registry, MeterNames.ATTEMPTS));
        assertEquals(3, counter(registry, MeterNames.RETRIES));
        assertAgreesWithJmx();
        assertLowCardinality(registry, PROJECT, "127.0.0.1", "localhost", SIM.keyId(), SIM.keySecret());
    }

    @Test
    void tokenAndRateLimitMetersAgreeWithJmx() throws Exception {
        SIM.control().addFault(FaultRule.on("POST", TOKEN_PATH, 1, Fault.rateLimited(Duration.ofSeconds(1))));
        assertNull(template.send("sinch-prov:webhooks/list", e -> {}).getException());
        assertEquals(1, counter(registry, MeterNames.TOKEN_REQUESTS, "outcome", "rate_limited"));
        assertEquals(1, counter(registry, MeterNames.TOKEN_REQUESTS, "outcome", "success"));
        assertEquals(1, counter(registry, MeterNames.RATE_LIMIT_PAUSES));
        assertEquals(1.0, counter(registry, MeterNames.RATE_LIMIT_WAIT), "the Retry-After of the token 429, in s");
        assertEquals(0, gauge(registry, MeterNames.RATE_LIMITED), "the success ended the pause");

        SIM.control().advance(Duration.ofHours(2)); // the token expires on the server: 401, one refresh, success
        assertNull(template.send("sinch-prov:webhooks/list", e -> {}).getException());
        assertEquals(1, counter(registry, MeterNames.TOKEN_REFRESHES));
        assertEquals(2, counter(registry, MeterNames.TOKEN_REQUESTS, "outcome", "success"));
        assertEquals(1, counter(registry, MeterNames.AUTH_FAILURES));
        assertEquals(0, gauge(registry, MeterNames.AUTH_FAILING), "the refresh cured the 401");

        // Retry-After beyond maxRetryAfter (30 s): not waited for, the call fails and the gauge says rate limited.
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.rateLimited(Duration.ofMinutes(5))));
        assertNotNull(template.send("sinch-prov:webhooks/list", e -> {}).getException());
        assertEquals(1, timerCount(registry, MeterNames.CALLS, "api", "webhooks", "operation", "list",
                "outcome", "rate_limited"));
        assertEquals(1, gauge(registry, MeterNames.RATE_LIMITED));
        assertEquals(2, counter(registry, MeterNames.RATE_LIMIT_HITS));
        assertEquals(1, counter(registry, MeterNames.RATE_LIMIT_PAUSES), "a 429 not waited for is no pause");
        assertAgreesWithJmx();
        assertLowCardinality(registry, PROJECT, "127.0.0.1", "localhost", SIM.keyId(), SIM.keySecret());
    }

    @Test
    void theComponentsMetersAreRemovedWhenItStops() throws Exception {
        assertNull(template.send("sinch-prov:webhooks/list", e -> {}).getException());
        assertEquals(1, callCount(registry));
        context.stop();
        assertNoSinchMeters(registry, "sinch.prov.");
    }

    private void assertAgreesWithJmx() throws Exception {
        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        ObjectName name = new ObjectName("org.apache.camel:context=" + context.getManagementName()
                + ",type=components,name=\"sinch-prov\"");
        assertEquals((long) callCount(registry), server.getAttribute(name, "Calls"));
        assertEquals((long) counter(registry, MeterNames.ATTEMPTS), server.getAttribute(name, "Attempts"));
        assertEquals((long) counter(registry, MeterNames.RETRIES), server.getAttribute(name, "Retries"));
        double tokenRequests = registry.find(MeterNames.TOKEN_REQUESTS).functionCounters().stream()
                .mapToDouble(c -> c.count()).sum();
        assertEquals((long) tokenRequests, server.getAttribute(name, "TokenRequests"));
        assertEquals((long) (tokenRequests - counter(registry, MeterNames.TOKEN_REQUESTS, "outcome", "success")),
                server.getAttribute(name, "TokenFailures"));
        assertEquals((long) counter(registry, MeterNames.TOKEN_REFRESHES), server.getAttribute(name, "TokenRefreshes"));
        assertEquals((long) counter(registry, MeterNames.RATE_LIMIT_HITS), server.getAttribute(name, "RateLimitHits"));
        assertEquals((long) counter(registry, MeterNames.RATE_LIMIT_PAUSES),
                server.getAttribute(name, "RateLimitPauses"));
        assertEquals((long) (counter(registry, MeterNames.RATE_LIMIT_WAIT) * 1000),
                server.getAttribute(name, "RateLimitWaitMillis"));
        assertEquals((long) counter(registry, MeterNames.AUTH_FAILURES), server.getAttribute(name, "AuthFailures"));
        assertEquals(gauge(registry, MeterNames.AUTH_FAILING) == 1,
                server.getAttribute(name, "AuthenticationFailing"));
    }
}
