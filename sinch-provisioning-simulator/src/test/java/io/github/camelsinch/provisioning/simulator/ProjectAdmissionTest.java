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

import io.github.camelsinch.provisioning.simulator.api.ProjectAdmission;
import io.github.camelsinch.provisioning.simulator.support.ContractValidation;
import io.github.camelsinch.provisioning.simulator.support.LogCapture;
import io.github.camelsinch.provisioning.simulator.support.SimClient;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: a typo in projectId silently answered empty lists. New ids are logged; strict mode refuses them. */
class ProjectAdmissionTest {

    @Test
    void withoutStrictModeEveryIdIsServedAndEachNewIdIsLoggedOnce() {
        try (LogCapture log = new LogCapture(ProjectAdmission.class);
             SinchSimulator sim = SinchSimulator.start(SimulatorConfig.forTests())) {
            SimClient client = SimClient.basic(sim);
            assertEquals(200, client.get("/v1/projects/my-project/webhooks").status());
            assertEquals(200, client.get("/v1/projects/my-projcet/webhooks").status());
            assertEquals(200, client.get("/v1/projects/my-projcet/bundles").status());

            List<String> lines = log.messages();
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("INFO Serving project id 'my-project' for the first time"),
                    lines.get(0));
            assertTrue(lines.get(1).contains("'my-projcet'") && lines.get(1).contains("strict mode"), lines.get(1));
            assertEquals("any project id", sim.servedProjects());
        }
    }

    @Test
    void theLogOfNewIdsIsBoundedAndNeutralisesControlCharacters() {
        try (LogCapture log = new LogCapture(ProjectAdmission.class);
             SinchSimulator sim = SinchSimulator.start(SimulatorConfig.forTests())) {
            SimClient client = SimClient.basic(sim);
            client.get("/v1/projects/" + "x".repeat(300) + "/webhooks");
            for (int i = 0; i < ProjectAdmission.MAX_LOGGED_IDS + 10; i++) {
                client.get("/v1/projects/p" + i + "/webhooks");
            }
            List<String> lines = log.messages();
            assertEquals(ProjectAdmission.MAX_LOGGED_IDS + 1, lines.size());
            assertTrue(lines.get(0).contains("'" + "x".repeat(64) + "...'"), lines.get(0));
            assertTrue(lines.get(lines.size() - 1).contains("further new project ids are not logged"));
        }
        // Jetty already refuses encoded CR/LF in a path; the admission does not rely on that.
        try (LogCapture log = new LogCapture(ProjectAdmission.class)) {
            new ProjectAdmission(false, List.of()).admit("evil\r\nforged");
            assertTrue(log.messages().get(0).contains("'evil??forged'"), log.messages().toString());
        }
    }

    @Test
    void strictModeAnswersAnUnknownProjectWithTheDocumented401() {
        SimulatorConfig config = SimulatorConfig.forTests().toBuilder().strictProjects(true).projects("acme").build();
        try (LogCapture log = new LogCapture(ProjectAdmission.class);
             SinchSimulator sim = SinchSimulator.start(config)) {
            SimClient client = SimClient.basic(sim);
            assertEquals(200, client.get("/v1/projects/acme/webhooks").status());

            SimClient.Exchange refused = client.get("/v1/projects/acme-typo/webhooks");
            assertEquals(401, refused.status());
            assertEquals("unauthorized_error", refused.json().path("errorCode").asText());
            assertEquals("Verify that projectId is correct.", refused.json().path("resolution").asText());
            assertEquals(List.of(), ContractValidation.errors(refused));
            assertEquals(401, client.post("/v1/projects/acme-typo/webhooks", "{not json").status(),
                    "the project is checked before the body");
            assertTrue(log.messages().stream().anyMatch(m -> m.startsWith("WARN Refused project id 'acme-typo'")),
                    log.messages().toString());

            sim.control().seed("seeded", ResourceKind.WEBHOOK, null, null);
            assertEquals(200, client.get("/v1/projects/seeded/webhooks").status(), "seeding creates a project");
            assertTrue(sim.servedProjects().startsWith("acme, seeded (strict"), sim.servedProjects());
            sim.control().reset();
            assertEquals(401, client.get("/v1/projects/seeded/webhooks").status(), "reset forgets seeded projects");
            assertEquals(200, client.get("/v1/projects/acme/webhooks").status(), "configured projects stay");
        }
    }

    @Test
    void strictModeIsOffByDefault() {
        assertFalse(SimulatorConfig.defaults().strictProjects());
        assertEquals(List.of(), SimulatorConfig.defaults().projects());
    }
}
