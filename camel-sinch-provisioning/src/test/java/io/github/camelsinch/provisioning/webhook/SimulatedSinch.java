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

import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import io.github.camelsinch.provisioning.simulator.WebhookDelivery;

import java.time.Duration;
import java.util.List;

/** The simulator as the tests use it: manual clock, and the component pointed at it. */
final class SimulatedSinch implements AutoCloseable {

    // A generous delivery timeout: a slow build machine must not turn one callback into a retried one.
    final SinchSimulator simulator = SinchSimulator.start(SimulatorConfig.forTests().toBuilder()
            .webhookTimeout(Duration.ofSeconds(30)).build());

    void configure(SinchProvisioningConfiguration c) {
        c.setBaseUrl(simulator.baseUrl());
        c.setAuthUrl(simulator.tokenUrl());
        c.setKeyId(simulator.keyId());
        c.setKeySecret(simulator.keySecret());
    }

    List<WebhookDelivery> deliveries() {
        return simulator.control().webhookDeliveries();
    }

    static String template(String name) {
        return "{\"name\":\"" + name + "\",\"category\":\"UTILITY\",\"language\":\"EN\",\"status\":\"SUBMIT\","
                + "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Your order {{1}} shipped\","
                + "\"examples\":[\"42\"]}]}}";
    }

    @Override
    public void close() {
        simulator.close();
    }
}
