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

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Metrics (docs/resilience.md, Metrics): the counters of calls, retries, token refreshes and rate-limit hits, per
 * message as {@code CamelSinchProvAttempts} and per component as attributes of its JMX MBean (camel-management).
 */
class ManagedMetricsTest extends SimulatedApiTestSupport {

    /** The MBeans are under test: CamelTestSupport turns JMX off unless asked. */
    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    @Test
    void theComponentMBeanExposesTheTransportCounters() throws Exception {
        SIM.control().addFault(FaultRule.on("POST", TOKEN_PATH, 1, Fault.rateLimited(Duration.ofSeconds(1))));
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.unavailable()));
        Exchange first = template.send("sinch-prov:webhooks/list", e -> {});
        assertNull(first.getException());
        assertEquals(2, first.getMessage().getHeader(SinchProvisioningConstants.ATTEMPTS));
        // The server expires the token: 401, one refresh, success.
        SIM.control().advance(Duration.ofHours(2));
        Exchange second = template.send("sinch-prov:webhooks/list", e -> {});
        assertNull(second.getException());
        assertEquals(2, second.getMessage().getHeader(SinchProvisioningConstants.ATTEMPTS));
        SIM.control().addFault(FaultRule.on("GET", WEBHOOKS, 1, Fault.rateLimited(Duration.ofMinutes(5))));
        template.send("sinch-prov:webhooks/list", e -> {});

        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        ObjectName name = componentMBean(server);
        assertEquals(3L, server.getAttribute(name, "Calls"));
        assertEquals(1L, server.getAttribute(name, "Retries"), "the 503 retry; the 401 resend is not a retry");
        assertEquals(3L, server.getAttribute(name, "TokenRequests"), "429 + first token + refresh");
        assertEquals(1L, server.getAttribute(name, "TokenRefreshes"));
        assertEquals(2L, server.getAttribute(name, "RateLimitHits"), "token endpoint 429 and API 429");
        assertEquals(1L, server.getAttribute(name, "AuthFailures"));
        assertEquals(429, server.getAttribute(name, "LastStatus"));
        assertEquals(false, server.getAttribute(name, "AuthenticationFailing"));
        assertEquals(clock.instant().plus(Duration.ofMinutes(5)).toString(),
                server.getAttribute(name, "LastRateLimitUntil"));
        // Camel's standard component attributes are still there: the counters are mixed in, not a replacement.
        assertEquals("sinch-prov", server.getAttribute(name, "ComponentName"));
    }

    @Test
    void beforeAnyCallTheCountersAreZero() throws Exception {
        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        ObjectName name = componentMBean(server);
        assertEquals(0L, server.getAttribute(name, "Calls"));
        assertEquals(0, server.getAttribute(name, "LastStatus"));
        assertEquals("", server.getAttribute(name, "LastRateLimitUntil"));
    }

    private ObjectName componentMBean(MBeanServer server) throws Exception {
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context="
                + context.getManagementName() + ",type=components,name=\"sinch-prov\""), null);
        assertEquals(1, names.size(), "the component's MBean: " + names);
        ObjectName name = names.iterator().next();
        assertNotNull(name);
        return name;
    }
}
