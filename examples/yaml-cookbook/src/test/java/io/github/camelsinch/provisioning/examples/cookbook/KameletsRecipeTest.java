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
package io.github.camelsinch.provisioning.examples.cookbook;

import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.github.camelsinch.provisioning.examples.cookbook.RecipeRun.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Recipe 4, {@code routes/kamelets.camel.yaml}: a template created through {@code sinch-prov-action-sink}, its
 * status changes emitted by {@code sinch-prov-status-source}, both loaded from the component jar.
 */
class KameletsRecipeTest {

    /** A key secret with URI delimiters in it (+, &, =, %, a space) reaches the API intact through both Kamelets. */
    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension(SimulatorConfig.forTests().toBuilder()
            .credentials("cookbook-key", "s3cr+t&x=1% y").build());

    @TempDir
    Path inbox;

    @Test
    void createsATemplateThroughTheSinkAndEmitsItsStatusChangesThroughTheSource() throws Exception {
        try (RecipeRun run = RecipeRun.start("kamelets", SIM, Map.of(
                "kamelets.projectId", PROJECT,
                "kamelets.keyId", SIM.keyId(),
                "kamelets.keySecret", SIM.keySecret(),
                "kamelets.baseUrl", SIM.baseUrl(),
                "kamelets.authUrl", SIM.tokenUrl(),
                "kamelets.inbox", inbox.toString(),
                "kamelets.filePollDelay", "50",
                "kamelets.pollDelay", "50",
                "kamelets.target", "mock:status"))) {
            MockEndpoint status = run.mock("mock:status");
            awaitTemplateListings(2); // the source's first poll: an empty project, recorded silently

            Path tmp = inbox.resolve("kamelet.json.part");
            Files.writeString(tmp, """
                    {"name": "cookbook_kamelet", "category": "UTILITY", "language": "EN", "status": "SUBMIT",
                     "details": {"components": [{"type": "BODY", "text": "Hello {{1}}", "examples": ["Ann"]}]}}
                    """);
            Files.move(tmp, inbox.resolve("kamelet.json"), StandardCopyOption.ATOMIC_MOVE);

            awaitChanges(status, 1);
            assertEquals("IN_PROGRESS", SIM.control().resource(PROJECT, ResourceKind.WHATSAPP_TEMPLATE,
                    "cookbook_kamelet/EN").path("stage").asText(), "created through the sink");
            Path done = inbox.resolve(".done").resolve("kamelet.json");
            Await.until(done + " to exist", Duration.ofSeconds(10), () -> Files.exists(done));

            SIM.control().advance(Duration.ofSeconds(5)); // IN_PROGRESS -> PENDING
            awaitChanges(status, 2);
            SIM.control().advance(Duration.ofSeconds(5)); // PENDING -> APPROVED
            awaitChanges(status, 3);

            List<Exchange> changes = status.getReceivedExchanges();
            // The main status falls back to changes.status while the template has no state yet.
            assertChange(changes.get(0), "ADDED", null, "IN_PROGRESS");
            assertEquals("IN_PROGRESS", changes.get(0).getMessage().getHeader("CamelSinchProvNewStatuses", Map.class)
                    .get("changes.status"));
            assertChange(changes.get(1), "CHANGED", "IN_PROGRESS", "PENDING");
            assertChange(changes.get(2), "CHANGED", "PENDING", "APPROVED");
            assertEquals(3, status.getReceivedCounter());
        }
    }

    private static void assertChange(Exchange change, String type, String previous, String now) {
        assertEquals("cookbook_kamelet/EN", change.getMessage().getHeader("CamelSinchProvResourceId"));
        assertEquals(type, change.getMessage().getHeader("CamelSinchProvChangeType"));
        assertEquals(previous, change.getMessage().getHeader("CamelSinchProvPreviousStatus"));
        if (now == null) {
            assertNull(change.getMessage().getHeader("CamelSinchProvNewStatus"));
        } else {
            assertEquals(now, change.getMessage().getHeader("CamelSinchProvNewStatus"));
        }
        assertEquals("whatsapp-templates/list", change.getMessage().getHeader("CamelSinchProvWatchedOperation"));
    }

    private static void awaitChanges(MockEndpoint mock, int count) {
        Await.until(count + " status change(s), got " + mock.getReceivedCounter(), Duration.ofSeconds(10),
                () -> mock.getReceivedCounter() >= count);
    }

    private static void awaitTemplateListings(int count) {
        String path = "/v1/projects/" + PROJECT + "/whatsapp/templates";
        Await.until(count + " template listings", Duration.ofSeconds(10), () -> SIM.control().requests().stream()
                .filter(r -> r.method().equals("GET") && r.path().equals(path) && r.status() == 200).count() >= count);
    }
}
