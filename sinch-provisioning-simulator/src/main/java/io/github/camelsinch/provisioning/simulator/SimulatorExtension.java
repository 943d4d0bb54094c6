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
package io.github.camelsinch.provisioning.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Objects;

/**
 * JUnit 5 extension that starts one simulator per test class and resets it before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SimulatorExtension SIM = new SimulatorExtension();   // manual clock, see SimulatorConfig.forTests()
 *
 * @Test
 * void approvesTemplates() {
 *     String url = SIM.baseUrl();
 *     SIM.control().advance(Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * Register it as a {@code static} field so it spans the class; JUnit is an optional dependency of this module,
 * the using module brings its own.
 */
public final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final SimulatorConfig config;
    private SinchSimulator simulator;

    /** With {@link SimulatorConfig#forTests()}: a manual clock, so lifecycles move only when the test says. */
    public SimulatorExtension() {
        this(SimulatorConfig.forTests());
    }

    public SimulatorExtension(SimulatorConfig config) {
        this.config = Objects.requireNonNull(config);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = SinchSimulator.start(config);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator().control().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    /** The running simulator (between beforeAll and afterAll). */
    public SinchSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator runs only while the test class runs; register the "
                    + "extension on a static field");
        }
        return simulator;
    }

    public String baseUrl() {
        return simulator().baseUrl();
    }

    public String tokenUrl() {
        return simulator().tokenUrl();
    }

    public String keyId() {
        return simulator().keyId();
    }

    public String keySecret() {
        return simulator().keySecret();
    }

    public SimulatorControl control() {
        return simulator().control();
    }
}
