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
package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.simulator.RecordedRequest;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sinch-prov:webhooks/apply (the write-only secret) and sinch-prov:kakaotalk-templates/apply (codes, senders). */
class WebhooksAndKakaotalkApplyTest extends ApplyTestSupport {

    private static final String WEBHOOKS = "sinch-prov:webhooks/apply";
    private static final String KAKAO = "sinch-prov:kakaotalk-templates/apply?plusFriendId=@acme";

    private static ObjectNode webhook(String target, String... triggers) {
        ObjectNode w = JSON.createObjectNode().put("target", target).put("secret", "{{hook.secret}}");
        for (String t : triggers) {
            w.withArray("triggers").add(t);
        }
        return w;
    }

    @Test
    void aWebhookIsCreatedWithTheResolvedSecretWhichIsNeverDrift() throws Exception {
        List<ObjectNode> desired = List.of(webhook("https://hooks.example.com/a", "WHATSAPP_TEMPLATE_APPROVED",
                "WHATSAPP_TEMPLATE_REJECTED"), webhook("https://hooks.example.com/b", "ALL"));
        ApplyResult created = result(apply(WEBHOOKS, desired));
        assertEquals(2, created.getCreated());
        assertTrue(created.getActions().stream().allMatch(a -> a.getResourceId() != null), "ids of the created");
        List<RecordedRequest> posts = writes();
        assertEquals("resolved-hook-secret", JSON.readTree(posts.get(0).body()).path("secret").asText(),
                "the placeholder is resolved when sent, so the declaration in git holds no secret");

        // Triggers in another order, and a secret the API cannot show: still nothing to do.
        SIM.control().clearRequests();
        List<ObjectNode> reordered = List.of(webhook("https://hooks.example.com/a", "WHATSAPP_TEMPLATE_REJECTED",
                "WHATSAPP_TEMPLATE_APPROVED"), webhook("https://hooks.example.com/b", "ALL").put("secret", "other"));
        assertTrue(result(apply(WEBHOOKS, reordered)).isInSync());
        assertEquals(List.of(), writes());

        // A changed trigger list is an update of the triggers only: the secret is not sent again.
        List<ObjectNode> changed = List.of(webhook("https://hooks.example.com/a", "ALL"),
                webhook("https://hooks.example.com/b", "ALL"));
        ApplyResult updated = result(apply(WEBHOOKS, changed));
        assertEquals(List.of("triggers"), actionsOf(updated, ActionType.UPDATE).get(0).getChangedFields());
        JsonNode patch = JSON.readTree(writes().get(0).body());
        assertEquals("PATCH", writes().get(0).method());
        assertFalse(patch.has("secret"));
        assertEquals("[\"ALL\"]", patch.path("triggers").toString());
    }

    @Test
    void pruneDeletesTheUndeclaredWebhookOnly() {
        ObjectNode seed = JSON.createObjectNode().put("secret", "s");
        seed.putObject("resource").put("target", "https://old.example.com/hook").putArray("triggers").add("ALL");
        String stale = SIM.control().seed(PROJECT, ResourceKind.WEBHOOK, seed).path("key").asText();
        apply(WEBHOOKS, List.of(webhook("https://hooks.example.com/a", "ALL")));
        SIM.control().clearRequests();

        ApplyResult pruned = result(apply(WEBHOOKS + "?prune=true", List.of(webhook("https://hooks.example.com/a",
                "ALL"))));
        assertEquals(1, pruned.getDeleted());
        assertEquals(List.of("DELETE /v1/projects/" + PROJECT + "/webhooks/" + stale),
                writes().stream().map(r -> r.method() + " " + r.path()).toList());
    }

    @Test
    void anEmptyDesiredStateWithPruneIsRefused() {
        ObjectNode seed = JSON.createObjectNode().put("secret", "s");
        seed.putObject("resource").put("target", "https://old.example.com/hook").putArray("triggers").add("ALL");
        SIM.control().seed(PROJECT, ResourceKind.WEBHOOK, seed);
        Exception e = template.request(WEBHOOKS + "?prune=true", x -> x.getMessage().setBody(List.of()))
                .getException();
        assertNotNull(e);
        assertTrue(e.getMessage().contains("empty desired state"), e.getMessage());
        assertEquals(List.of(), apiRequests());
    }

    private static ObjectNode kakaoTemplate(String name, String content) {
        ObjectNode t = JSON.createObjectNode();
        t.putObject("details").put("name", name).put("language", "KO").put("content", content);
        return t;
    }

    @Test
    void kakaotalkTemplatesAreCreatedFoundAgainByNameAndEditedByCode() {
        ObjectNode sender = JSON.createObjectNode().put("plusFriendId", "@acme");
        SIM.control().seed(PROJECT, ResourceKind.KAKAOTALK_SENDER, sender, "ACTIVE");
        List<ObjectNode> desired = List.of(kakaoTemplate("Order shipped", "Your order #{order} has shipped"),
                kakaoTemplate("Delivered", "Delivered: #{order}"));

        ApplyResult created = result(apply(KAKAO, desired));
        assertEquals(2, created.getCreated(), created.toTable());
        String code = created.getActions().stream().filter(a -> a.getIdentity().equals("name:Delivered"))
                .findFirst().orElseThrow().getResourceId();
        assertNotNull(code, "the code the API assigned, to write into the declaration");

        SIM.control().clearRequests();
        assertTrue(result(apply(KAKAO, desired)).isInSync(), "matched by name before the file names a code");
        assertEquals(List.of(), writes());

        SIM.control().advance(Duration.ofSeconds(10));
        ObjectNode byCode = kakaoTemplate("Delivered", "Delivered today: #{order}").put("templateCode", code);
        ApplyResult updated = result(apply(KAKAO, List.of(desired.get(0), byCode)));
        ApplyAction update = actionsOf(updated, ActionType.UPDATE).get(0);
        assertEquals(code, update.getIdentity());
        assertEquals(List.of("details.content"), update.getChangedFields());
        assertEquals("/v1/projects/" + PROJECT + "/kakaotalk/senders/@acme/templates/" + code, writes().get(0).path());

        ObjectNode unknown = kakaoTemplate("Gone", "x").put("templateCode", "NOSUCHCODE");
        ApplyResult refused = result(apply(KAKAO + "&dryRun=true", List.of(desired.get(0), byCode, unknown)));
        ApplyAction cannot = actionsOf(refused, ActionType.CANNOT_APPLY).get(0);
        assertTrue(cannot.getReason().contains("NOSUCHCODE"), cannot.getReason());
    }

    @Test
    void theKakaotalkSenderComesFromTheHeaderWhenTheUriHasNone() {
        SIM.control().seed(PROJECT, ResourceKind.KAKAOTALK_SENDER,
                JSON.createObjectNode().put("plusFriendId", "@other"), "ACTIVE");
        ApplyResult plan = result(apply("sinch-prov:kakaotalk-templates/apply?dryRun=true",
                List.of(kakaoTemplate("Hello", "Hello #{name}")),
                Map.of(SinchProvisioningConstants.PLUS_FRIEND_ID, "@other")));
        assertEquals(1, plan.getCreated());
        assertEquals("/v1/projects/" + PROJECT + "/kakaotalk/senders/@other/templates", apiRequests().get(0).path());
    }
}
