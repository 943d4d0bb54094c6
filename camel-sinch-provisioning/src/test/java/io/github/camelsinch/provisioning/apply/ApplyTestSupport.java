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
package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.client.FakeClock;
import io.github.camelsinch.provisioning.client.RecordingSleeper;
import io.github.camelsinch.provisioning.client.SinchHttpTransport;
import io.github.camelsinch.provisioning.simulator.RecordedRequest;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * Camel's {@link CamelTestSupport} whose component calls the in-process simulator through a transport with a fake
 * clock (a rate limit wait is recorded, not slept). The simulator's request log tells what an apply sent.
 */
abstract class ApplyTestSupport extends CamelTestSupport {

    static final String PROJECT = "as-code";
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    protected RecordingSleeper sleeper;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        FakeClock clock = new FakeClock(SIM.control().now());
        sleeper = new RecordingSleeper(clock);
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setBaseUrl(SIM.baseUrl());
        c.setAuthUrl(SIM.tokenUrl());
        c.setKeyId(SIM.keyId());
        c.setKeySecret(SIM.keySecret());
        c.setProjectId(PROJECT);
        component.setTransportFactory(() -> SinchHttpTransport.builder().clock(clock).sleeper(sleeper)
                .random(new Random(42)).build());
        CamelContext camel = super.createCamelContext();
        camel.addComponent("sinch-prov", component);
        return camel;
    }

    /** A property placeholder that declarations refer to. */
    @Override
    public void configureContext(CamelContextConfiguration camelContextConfiguration) {
        super.configureContext(camelContextConfiguration);
        Properties properties = new Properties();
        properties.setProperty("hook.secret", "resolved-hook-secret");
        camelContextConfiguration.withUseOverridePropertiesWithPropertiesComponent(properties);
    }

    /** Sends the desired state to an apply URI and returns the exchange (result body and count headers). */
    Exchange apply(String uri, Object desired) {
        return apply(uri, desired, Map.of());
    }

    Exchange apply(String uri, Object desired, Map<String, Object> headers) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(desired);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
        if (exchange.getException() != null) {
            throw new AssertionError("apply failed", exchange.getException());
        }
        return exchange;
    }

    static ApplyResult result(Exchange exchange) {
        return exchange.getMessage().getBody(ApplyResult.class);
    }

    static ObjectNode whatsappTemplate(String name, String bodyText) {
        ObjectNode t = JSON.createObjectNode().put("name", name).put("language", "EN").put("category", "UTILITY");
        t.putObject("details").putArray("components").addObject().put("type", "BODY").put("text", bodyText);
        return t;
    }

    /** API requests (not the token endpoint's) since the last {@code clearRequests}. */
    static List<RecordedRequest> apiRequests() {
        return SIM.control().requests().stream().filter(r -> r.path().startsWith("/v1/")).toList();
    }

    /** API requests that write: anything but GET. */
    static List<RecordedRequest> writes() {
        return apiRequests().stream().filter(r -> !r.method().equals("GET")).toList();
    }

    static List<ApplyAction> actionsOf(ApplyResult result, ActionType type) {
        return result.getActions().stream().filter(a -> a.getType() == type).toList();
    }
}
