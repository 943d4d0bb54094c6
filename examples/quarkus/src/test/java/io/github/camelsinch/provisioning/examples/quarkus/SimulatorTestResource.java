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
package io.github.camelsinch.provisioning.examples.quarkus;

import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the simulator in-process (manual clock) before the application and hands the application its URLs and
 * credentials as {@code camel.component.sinch-prov.*} properties.
 */
public class SimulatorTestResource implements QuarkusTestResourceLifecycleManager {

    static final String PROJECT = "quarkus-example";

    private static volatile SinchSimulator simulator;

    /** The application's log, written to a file from its start so the test can read it. */
    private static final Path LOG = Path.of("target", "quarkus-example-test.log");

    @Override
    public Map<String, String> start() {
        try {
            Files.deleteIfExists(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        simulator = SinchSimulator.start(SimulatorConfig.forTests());
        return Map.of(
                "camel.component.sinch-prov.base-url", simulator.baseUrl(),
                "camel.component.sinch-prov.auth-url", simulator.tokenUrl(),
                "camel.component.sinch-prov.key-id", simulator.keyId(),
                "camel.component.sinch-prov.key-secret", simulator.keySecret(),
                "camel.component.sinch-prov.project-id", PROJECT,
                "example.template-poll-delay", "100",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:quarkus-example;DB_CLOSE_DELAY=-1",
                "quarkus.log.file.enabled", "true",
                "quarkus.log.file.path", LOG.toAbsolutePath().toString());
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    /** The application's log so far. */
    static String log() {
        try {
            return Files.exists(LOG) ? Files.readString(LOG, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running simulator, for the test to seed resources and move its clock. */
    static SinchSimulator simulator() {
        SinchSimulator running = simulator;
        if (running == null) {
            throw new IllegalStateException("the simulator runs only while the Quarkus test application runs");
        }
        return running;
    }
}
