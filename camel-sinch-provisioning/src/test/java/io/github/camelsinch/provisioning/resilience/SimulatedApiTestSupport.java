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

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.client.FakeClock;
import io.github.camelsinch.provisioning.client.RecordingSleeper;
import io.github.camelsinch.provisioning.client.SinchHttpTransport;
import io.github.camelsinch.provisioning.simulator.RecordedRequest;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Camel's {@link CamelTestSupport} whose {@code sinch-prov} component calls the in-process simulator (manual clock,
 * loopback) through a transport with a {@link FakeClock} and a {@link RecordingSleeper}: every retry wait is recorded
 * and moves the fake clock, nothing really sleeps. Faults and the request log come from {@code SIM.control()}; the
 * simulator is reset (faults, requests, projects) before each test.
 */
abstract class SimulatedApiTestSupport extends CamelTestSupport {

    static final String PROJECT = "resilience";
    static final String TOKEN_PATH = "/oauth2/token";
    static final String WEBHOOKS_PATH = "/v1/projects/" + PROJECT + "/webhooks";
    /** The path regex of {@link #WEBHOOKS_PATH}, for fault rules. */
    static final String WEBHOOKS = "/v1/projects/[^/]+/webhooks";

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    protected FakeClock clock;
    protected RecordingSleeper sleeper;
    protected SinchProvisioningComponent component;
    protected SinchHttpTransport transport;
    private Instant startedAt;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        clock = new FakeClock(SIM.control().now());
        sleeper = new RecordingSleeper(clock);
        startedAt = clock.instant();
        component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setBaseUrl(SIM.baseUrl());
        c.setAuthUrl(SIM.tokenUrl());
        c.setKeyId(SIM.keyId());
        c.setKeySecret(SIM.keySecret());
        c.setProjectId(PROJECT);
        // The production defaults of retries and timeouts stay as they are: the fake clock makes them cheap.
        component.setTransportFactory(() -> {
            transport = SinchHttpTransport.builder().clock(clock).sleeper(sleeper).random(new Random(42)).build();
            return transport;
        });
        CamelContext camel = super.createCamelContext();
        camel.addComponent("sinch-prov", component);
        beforeStart(camel);
        return camel;
    }

    /** Adjusts the context (routes, services, component options) before it starts. */
    protected void beforeStart(CamelContext camel) throws Exception {
    }

    /** Fake-clock time spent since the test started: the retry waits. */
    protected Duration elapsed() {
        return Duration.between(startedAt, clock.instant());
    }

    protected static List<RecordedRequest> requests(String method, String path) {
        return SIM.control().requests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    protected static int tokenRequests() {
        return requests("POST", TOKEN_PATH).size();
    }

    protected static int apiRequests() {
        return (int) SIM.control().requests().stream().filter(r -> !r.path().equals(TOKEN_PATH)).count();
    }
}
