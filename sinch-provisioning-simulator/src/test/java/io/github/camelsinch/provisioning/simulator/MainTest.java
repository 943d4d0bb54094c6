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

import io.github.camelsinch.provisioning.simulator.support.SimClient;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @Test
    void parsesTheCommandLine() {
        SimulatorConfig config = Main.parse(new String[] {"--port", "0", "--key-id", "k", "--key-secret", "s",
            "--step-delay", "0.5", "--time-scale", "10", "--seed", "3", "--token-lifetime", "60"});
        assertEquals(0, config.port());
        assertEquals("k", config.keyId());
        assertEquals("s", config.keySecret());
        assertEquals(Duration.ofMillis(50), config.effectiveStepDelay());
        assertEquals(3, config.seed());
        assertEquals(Duration.ofSeconds(60), config.tokenLifetime());
        assertEquals(8099, Main.parse(new String[0]).port());
        assertNull(Main.parse(new String[] {"--help"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--port"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--bogus"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--project", " "}));
        assertFalse(config.strictProjects());
    }

    @Test
    void strictModeAndProjectsComeFromTheCommandLine() {
        SimulatorConfig config = Main.parse(new String[] {"--strict-projects", "--project", "a", "--project", "b"});
        assertTrue(config.strictProjects());
        assertEquals(java.util.List.of("a", "b"), config.projects());
    }

    @Test
    void standaloneConfigurationMovesLifecyclesByItselfAndPrintsTheBanner() {
        SimulatorConfig config = Main.parse(new String[] {"--port", "0", "--step-delay", "0.05"});
        try (SinchSimulator sim = SinchSimulator.start(config)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Main.printBanner(sim, new PrintStream(out, true, StandardCharsets.UTF_8));
            String banner = out.toString(StandardCharsets.UTF_8);
            assertTrue(banner.startsWith("Sinch provisioning simulator listening on http://127.0.0.1:" + sim.port()));
            assertTrue(banner.contains("sim-key-id") && banner.contains("sim-key-secret"));
            assertTrue(banner.contains("projects:       any project id"), banner);

            SimClient client = SimClient.bearer(sim);
            String id = client.post("/v1/projects/demo/whatsapp/senders", "{\"wabaId\":\"1\",\"phoneNumberId\":\"2\"}")
                    .json().path("id").asText();
            io.github.camelsinch.provisioning.simulator.support.Await.until(
                    () -> client.get("/v1/projects/demo/whatsapp/senders/" + id).json().path("state").asText(),
                    "ACTIVE"::equals, Duration.ofSeconds(5));
        }
    }
}
