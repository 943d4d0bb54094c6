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
package io.github.camelsinch.provisioning.examples.quickstart;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;

import java.util.Map;

/**
 * Where the quickstart's calls go: the real Sinch API when {@code SINCH_PROJECT_ID}, {@code SINCH_KEY_ID} and
 * {@code SINCH_KEY_SECRET} are all set, otherwise a simulator started in this process.
 */
final class Backend implements AutoCloseable {

    /** Simulated lifecycle steps take 5 s; ten times faster keeps the whole run within a few seconds. */
    private static final double SIMULATOR_TIME_SCALE = 10;
    private static final String SIMULATED_PROJECT = "quickstart-project";
    /** The simulator's verification code; with the real API the code arrives by SMS and is not automated here. */
    static final String SIMULATOR_OTP = "123456";

    private final SinchSimulator simulator;
    private final String projectId;
    private final String keyId;
    private final String keySecret;

    private Backend(SinchSimulator simulator, String projectId, String keyId, String keySecret) {
        this.simulator = simulator;
        this.projectId = projectId;
        this.keyId = keyId;
        this.keySecret = keySecret;
    }

    static Backend fromEnvironment(Map<String, String> env) {
        String projectId = env.get("SINCH_PROJECT_ID");
        String keyId = env.get("SINCH_KEY_ID");
        String keySecret = env.get("SINCH_KEY_SECRET");
        if (isSet(projectId) && isSet(keyId) && isSet(keySecret)) {
            return new Backend(null, projectId, keyId, keySecret);
        }
        SinchSimulator simulator = SinchSimulator.start(SimulatorConfig.builder()
                .port(0)
                .systemClock()
                .timeScale(SIMULATOR_TIME_SCALE)
                .build());
        return new Backend(simulator, SIMULATED_PROJECT, simulator.keyId(), simulator.keySecret());
    }

    boolean isSimulator() {
        return simulator != null;
    }

    String describe() {
        return isSimulator()
                ? "the embedded simulator at " + simulator.baseUrl() + " (project " + projectId + ")"
                : "the Sinch Provisioning API (project " + projectId + ")";
    }

    /** Points the component at this backend. */
    SinchProvisioningComponent component() {
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setProjectId(projectId);
        c.setKeyId(keyId);
        c.setKeySecret(keySecret);
        if (isSimulator()) {
            c.setBaseUrl(simulator.baseUrl());
            c.setAuthUrl(simulator.tokenUrl());
        }
        return component;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
