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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static io.github.camelsinch.provisioning.examples.cookbook.RecipeRun.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recipe 2, {@code routes/channel-alerts.camel.yaml}: an alert when an Instagram channel goes to ERROR. */
class ChannelAlertsRecipeTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String FAILING_APP = "01HCOOKBOOKAPPFAILING";
    private static final String HEALTHY_APP = "01HCOOKBOOKAPPHEALTHY";

    @Test
    void alertsOnceWithTheAppIdAndThePreviousStatusWhenAChannelGoesToError() throws Exception {
        seedInstagramChannel(FAILING_APP, "ACTIVE");
        seedInstagramChannel(HEALTHY_APP, "PENDING");
        try (RecipeRun run = RecipeRun.start("channel-alerts", SIM, Map.of(
                "alerts.conversationApps", FAILING_APP + "," + HEALTHY_APP,
                "alerts.pollDelay", "50",
                "alerts.target", "mock:alerts"))) {
            MockEndpoint alerts = run.mock("mock:alerts");

            awaitPolls(2); // the first poll records both channels silently

            // Changes that are not ERROR raise no alert.
            SIM.control().transition(PROJECT, ResourceKind.CONVERSATION_CHANNEL, HEALTHY_APP + "/instagram", "ACTIVE");
            SIM.control().transition(PROJECT, ResourceKind.CONVERSATION_CHANNEL, FAILING_APP + "/instagram", "FAILING");
            awaitPolls(2);
            assertEquals(0, alerts.getReceivedCounter(), "no alert for PENDING -> ACTIVE or ACTIVE -> FAILING");

            SIM.control().transition(PROJECT, ResourceKind.CONVERSATION_CHANNEL, FAILING_APP + "/instagram", "ERROR");
            alerts.expectedMessageCount(1);
            alerts.assertIsSatisfied(10_000);

            awaitPolls(3); // later polls see ERROR again: still one alert
            assertEquals(1, alerts.getReceivedCounter());
            Exchange alert = alerts.getReceivedExchanges().get(0);
            assertEquals(FAILING_APP, alert.getMessage().getHeader("CamelSinchProvResourceId"));
            assertEquals("FAILING", alert.getMessage().getHeader("CamelSinchProvPreviousStatus"));
            assertEquals("ERROR", alert.getMessage().getHeader("CamelSinchProvNewStatus"));
            String text = alert.getMessage().getBody(String.class);
            assertTrue(text.startsWith("Instagram channel of Conversation app " + FAILING_APP
                    + " is in ERROR (was FAILING): "), text);
        }
    }

    private static void seedInstagramChannel(String appId, String stage) {
        ObjectNode seed = new ObjectMapper().createObjectNode()
                .put("appId", appId).put("channel", "instagram").put("stage", stage);
        SIM.control().seed(PROJECT, ResourceKind.CONVERSATION_CHANNEL, seed);
    }

    /** Waits until both apps' channels were fetched {@code polls} more times than now: whole polls happened. */
    private static void awaitPolls(int polls) {
        long failingFrom = fetches(FAILING_APP);
        long healthyFrom = fetches(HEALTHY_APP);
        Await.until(polls + " more polls", Duration.ofSeconds(10),
                () -> fetches(FAILING_APP) >= failingFrom + polls && fetches(HEALTHY_APP) >= healthyFrom + polls);
    }

    private static long fetches(String appId) {
        String path = "/v1/projects/" + PROJECT + "/conversation/apps/" + appId + "/instagram";
        return SIM.control().requests().stream()
                .filter(r -> r.method().equals("GET") && r.path().equals(path) && r.status() == 200).count();
    }
}
