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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.RecordedRequest;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.github.camelsinch.provisioning.examples.cookbook.RecipeRun.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recipe 3, {@code routes/sync-webhooks.camel.yaml}: the project's webhooks made equal to the configuration. */
class SyncWebhooksRecipeTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "https://hooks.example.com/sinch/provisioning";
    private static final String TEMPLATES = "https://ops.example.com/sinch/templates";
    private static final String BUNDLES = "https://ops.example.com/sinch/bundles";
    private static final String STALE = "https://old.example.com/sinch";

    /** What application.properties would say. */
    private static final Map<String, String> DESIRED = Map.of(
            "webhooks.secret", "cookbook-webhook-secret",
            "webhooks.desired.events.target", EVENTS,
            "webhooks.desired.events.triggers", "ALL",
            "webhooks.desired.templates.target", TEMPLATES,
            "webhooks.desired.templates.triggers", "WHATSAPP_TEMPLATE_APPROVED, WHATSAPP_TEMPLATE_REJECTED",
            "webhooks.desired.bundles.target", BUNDLES,
            "webhooks.desired.bundles.triggers", "BUNDLE_DONE");

    @Test
    void createsTheMissingUpdatesTheOutdatedAndDeletesTheExtraWebhooks() throws Exception {
        String upToDate = seedWebhook(EVENTS, "ALL");
        String outdated = seedWebhook(TEMPLATES, "WHATSAPP_TEMPLATE_APPROVED");
        seedWebhook(STALE, "ALL");

        try (RecipeRun run = RecipeRun.start("sync-webhooks", SIM, DESIRED)) {
            run.awaitCompleted("sync-webhooks", 1);
        }

        Map<String, Set<String>> expected = new TreeMap<>(Map.of(
                EVENTS, Set.of("ALL"),
                TEMPLATES, Set.of("WHATSAPP_TEMPLATE_APPROVED", "WHATSAPP_TEMPLATE_REJECTED"),
                BUNDLES, Set.of("BUNDLE_DONE")));
        assertEquals(expected, webhooks());
        Map<String, String> ids = idsByTarget();
        assertEquals(upToDate, ids.get(EVENTS), "the webhook that was right is kept as it is");
        assertEquals(outdated, ids.get(TEMPLATES), "the outdated webhook is updated in place, not recreated");
        assertEquals(List.of("DELETE", "PATCH", "POST"), changes().stream().map(RecordedRequest::method).toList());
        JsonNode created = JSON.readTree(changes().get(2).body());
        assertEquals("cookbook-webhook-secret", created.path("secret").asText(), "a created webhook gets the secret");

        // Once in sync, a second run lists and changes nothing.
        SIM.control().clearRequests();
        try (RecipeRun again = RecipeRun.start("sync-webhooks", SIM, DESIRED)) {
            again.awaitCompleted("sync-webhooks", 1);
        }
        assertEquals(expected, webhooks());
        assertEquals(List.of(), changes());
        assertTrue(SIM.control().requests().stream().anyMatch(r -> r.path().endsWith("/webhooks")), "it listed them");
    }

    @Test
    void refusesToDeleteEveryWebhookWhenNoneIsConfigured() throws Exception {
        seedWebhook(STALE, "ALL");
        Map<String, String> none = new HashMap<>(Map.of("webhooks.secret", "s"));
        // application.properties of the module configures two webhooks: point the recipe at an empty prefix.
        none.put("camel.beans.webhookSyncPlan.prefix", "webhooks.nothing");
        try (RecipeRun run = RecipeRun.start("sync-webhooks", SIM, none)) {
            Await.until("the sync to fail", java.time.Duration.ofSeconds(10), () -> run.failed("sync-webhooks") == 1);
        }
        assertEquals(Set.of(STALE), webhooks().keySet());
        assertFalse(SIM.control().requests().stream().anyMatch(r -> r.method().equals("DELETE")));
    }

    private static String seedWebhook(String target, String... triggers) {
        ObjectNode resource = JSON.createObjectNode().put("target", target);
        resource.putArray("triggers")
                .addAll(java.util.Arrays.stream(triggers).map(JSON.getNodeFactory()::textNode).toList());
        ObjectNode seed = JSON.createObjectNode().put("secret", "seeded-secret");
        seed.set("resource", resource);
        return SIM.control().seed(PROJECT, ResourceKind.WEBHOOK, seed).path("key").asText();
    }

    private static Map<String, Set<String>> webhooks() {
        Map<String, Set<String>> byTarget = new TreeMap<>();
        for (ObjectNode held : SIM.control().resources(PROJECT, ResourceKind.WEBHOOK)) {
            Set<String> triggers = new TreeSet<>();
            held.path("resource").path("triggers").forEach(t -> triggers.add(t.asText()));
            byTarget.put(held.path("resource").path("target").asText(), triggers);
        }
        return byTarget;
    }

    private static Map<String, String> idsByTarget() {
        Map<String, String> ids = new LinkedHashMap<>();
        SIM.control().resources(PROJECT, ResourceKind.WEBHOOK)
                .forEach(h -> ids.put(h.path("resource").path("target").asText(), h.path("key").asText()));
        return ids;
    }

    /** The requests that changed webhooks, in order. */
    private static List<RecordedRequest> changes() {
        return SIM.control().requests().stream()
                .filter(r -> r.path().contains("/webhooks") && !r.method().equals("GET")).toList();
    }
}
