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
package io.github.camelsinch.provisioning.metrics;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.StubbedApiTestSupport;
import io.github.camelsinch.provisioning.client.LogCapture;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which MeterRegistry the component publishes to: none without one (calls work as before), the only one, a chosen
 * one ({@code meterRegistry=#bean:name}), the first by name of several with a warning, none with
 * {@code metricsEnabled=false}; anything else than a MeterRegistry is refused by name.
 */
class MeterRegistrySelectionTest extends StubbedApiTestSupport {

    private static final String WEBHOOKS_PATH = "/v1/projects/" + PROJECT_ID + "/webhooks";

    private final SimpleMeterRegistry alpha = new SimpleMeterRegistry();
    private final SimpleMeterRegistry beta = new SimpleMeterRegistry();

    @BeforeEach
    void answerListings() {
        server.always("GET", WEBHOOKS_PATH, r -> StubResponse.json(200, "{\"webhooks\":[]}"));
    }

    @Test
    void withoutAMeterRegistryCallsWorkAndNothingIsPublished() {
        Exchange listed = template.send("sinch-prov:webhooks/list", e -> {});
        assertNull(listed.getException());
        assertSame(SinchMeters.NONE, component().meters());
        assertEquals(1, component().getCalls(), "JMX counters do not depend on Micrometer");
    }

    @Test
    void theOnlyRegistryIsFoundWithoutConfiguration() throws Exception {
        CamelContext other = contextWith(Map.of("alpha", alpha), Map.of());
        try {
            call(other);
            assertEquals(1, MeterAssertions.callCount(alpha));
        } finally {
            other.stop();
        }
    }

    @Test
    void ofSeveralRegistriesTheFirstByNameIsUsedAndTheLogSaysHowToChoose() throws Exception {
        try (LogCapture log = LogCapture.capture(MeterRegistryLookup.class.getName(), Level.INFO)) {
            CamelContext other = contextWith(Map.of("beta", beta, "alpha", alpha), Map.of());
            try {
                call(other);
                assertEquals(1, MeterAssertions.callCount(alpha));
                assertEquals(0, MeterAssertions.callCount(beta));
                assertEquals(1, log.count(Level.WARN, "go to 'alpha'"), log.lines()::toString);
                assertEquals(1, log.count(Level.WARN, "meterRegistry"), log.lines()::toString);
            } finally {
                other.stop();
            }
        }
    }

    @Test
    void theMeterRegistryOptionChoosesABeanByReference() throws Exception {
        CamelContext other = contextWith(Map.of("beta", beta, "alpha", alpha), Map.of("meterRegistry", "#bean:beta"));
        try {
            call(other);
            assertEquals(0, MeterAssertions.callCount(alpha));
            assertEquals(1, MeterAssertions.callCount(beta));
        } finally {
            other.stop();
        }
    }

    @Test
    void metricsEnabledFalsePublishesNothing() throws Exception {
        CamelContext other = contextWith(Map.of("alpha", alpha), Map.of("metricsEnabled", "false"));
        try {
            call(other);
            assertTrue(alpha.getMeters().isEmpty(), alpha.getMeters()::toString);
        } finally {
            other.stop();
        }
    }

    @Test
    void aMeterRegistryOptionThatIsNoRegistryIsRefusedByName() throws Exception {
        CamelContext other = contextWith(Map.of("notARegistry", "text"), Map.of("meterRegistry", "#bean:notARegistry"));
        try {
            Exception failure = assertThrows(Exception.class,
                    () -> other.createProducerTemplate().sendBody("sinch-prov:webhooks/list", null));
            Throwable cause = failure;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            assertTrue(cause.getMessage().contains("meterRegistry must be an io.micrometer.core.instrument"
                    + ".MeterRegistry") && cause.getMessage().contains("String"),
                    cause.getMessage());
        } finally {
            other.stop();
        }
    }

    private SinchProvisioningComponent component() {
        return (SinchProvisioningComponent) context.getComponent("sinch-prov");
    }

    /** A started context against the stub with these beans, its component bound from these options. */
    private CamelContext contextWith(Map<String, Object> beans, Map<String, Object> options) throws Exception {
        CamelContext other = new org.apache.camel.impl.DefaultCamelContext();
        beans.forEach(other.getRegistry()::bind);
        SinchProvisioningComponent component = stubComponent();
        other.addComponent("sinch-prov", component);
        // As camel.component.sinch-prov.* would: through the generated configurer, #bean: references resolved.
        PropertyBindingSupport.build().withCamelContext(other).withTarget(component)
                .withProperties(new java.util.HashMap<>(options)).withRemoveParameters(false).bind();
        other.start();
        return other;
    }

    private static void call(CamelContext camel) {
        Exchange listed = camel.createProducerTemplate().send("sinch-prov:webhooks/list", e -> {});
        assertNull(listed.getException());
    }
}
