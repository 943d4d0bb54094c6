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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.simulator.support.SimClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaginationAndErrorsTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String P = "/v1/projects/paging";
    private SimClient client;

    @BeforeEach
    void client() {
        client = SimClient.basic(SIM.simulator());
    }

    private SimClient.Exchange createWebhook(int n) {
        return client.post(P + "/webhooks", "{\"target\":\"http://127.0.0.1:9/hook-%02d\",\"secret\":\"s\","
                .formatted(n) + "\"triggers\":[\"ALL\"]}");
    }

    @Test
    void walksPagesWithTokensUntilTheLastPage() {
        for (int i = 0; i < 7; i++) {
            assertEquals(201, createWebhook(i).status());
        }
        List<String> targets = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = client.get(P + "/webhooks?pageSize=3" + (token == null ? "" : "&pageToken=" + token))
                    .json();
            assertEquals(7, page.path("totalSize").asInt());
            assertEquals(3, page.path("pageSize").asInt());
            assertEquals(pages > 0, page.has("previousPageToken"));
            page.path("webhooks").forEach(w -> targets.add(w.path("target").asText()));
            token = page.path("nextPageToken").asText(null);
            pages++;
        } while (token != null);

        assertEquals(3, pages);
        assertEquals(7, targets.size());
        assertEquals(targets.stream().sorted().toList(), targets, "webhooks are listed alphabetically");
    }

    @Test
    void webhooksWithoutPageSizeComeBackAllAtOnce() {
        for (int i = 0; i < 15; i++) {
            createWebhook(i);
        }
        JsonNode page = client.get(P + "/webhooks").json();
        assertEquals(15, page.path("webhooks").size());
        assertFalse(page.has("nextPageToken"));
    }

    @Test
    void pageSizeBoundsComeFromTheContract() {
        assertInvalidPageSize(P + "/webhooks?pageSize=16");
        assertInvalidPageSize(P + "/webhooks?pageSize=0");
        assertInvalidPageSize(P + "/bundles?pageSize=26");
        assertInvalidPageSize(P + "/whatsapp/senders?pageSize=101");
        assertInvalidPageSize(P + "/whatsapp/templates?pageSize=1001");
        assertEquals(200, client.get(P + "/webhooks?pageSize=15").status());
        assertEquals(200, client.get(P + "/bundles?pageSize=25").status());
        assertEquals(200, client.get(P + "/whatsapp/senders?pageSize=100").status());
        assertEquals(200, client.get(P + "/whatsapp/templates?pageSize=1000").status());
    }

    @Test
    void nonNumericPageSizeIsReportedAsTheApiDoes() {
        SimClient.Exchange e = client.get(P + "/webhooks?pageSize=ten");
        assertEquals(400, e.status());
        assertEquals("invalid_page_size", e.json().path("errorCode").asText());
        assertEquals("Page size must be numeric.",
                e.json().path("additionalInformation").path("validationErrors").get(0).asText());
    }

    @Test
    void unknownPageTokensAreRejected() {
        for (String token : new String[] {"garbage!", "c2ltLXBhZ2U6OTk"}) {
            SimClient.Exchange e = client.get(P + "/whatsapp/senders?pageToken=" + token);
            assertEquals(400, e.status(), token);
            assertEquals("invalid_page_token", e.json().path("errorCode").asText());
        }
    }

    @Test
    void webhookLimitAndDuplicateTargetsAnswer424And409() {
        for (int i = 0; i < 15; i++) {
            createWebhook(i);
        }
        SimClient.Exchange duplicate = createWebhook(3);
        assertEquals(424, duplicate.status(), "the limit is checked first");

        client.delete(
                P + "/webhooks/" + client.get(P + "/webhooks").json().path("webhooks").get(0).path("id").asText());
        SimClient.Exchange conflict = createWebhook(5);
        assertEquals(409, conflict.status());
        assertEquals("webhook_exists", conflict.json().path("errorCode").asText());

        assertEquals(201, createWebhook(99).status());
        SimClient.Exchange limit = createWebhook(98);
        assertEquals(424, limit.status());
        assertEquals("webhook_limit_reached", limit.json().path("errorCode").asText());
    }

    @Test
    void unknownResourcesAnswerTheDocumented404Codes() {
        assertNotFound(P + "/whatsapp/senders/nope", "sender_not_found");
        assertNotFound(P + "/whatsapp/templates/nope/languages/EN", "template_not_found");
        assertNotFound(P + "/webhooks/nope", "webhook_not_found");
        assertNotFound(P + "/bundles/nope", "bundle_not_found");
        assertNotFound(P + "/kakaotalk/senders/nope", "sender_not_found");
        assertNotFound(P + "/whatsapp", "account_not_found");
        assertNotFound(P + "/conversation/apps/nope/telegram", "conversation_app_not_found");

        SimClient.Exchange notFound = client.get(P + "/webhooks/nope");
        assertEquals("Webhook not found.", notFound.json().path("message").asText(), "documented message");
        assertEquals("Verify that the parameters are correct.", notFound.json().path("resolution").asText());
    }

    @Test
    void invalidBodiesAnswer400WithValidationErrors() {
        SimClient.Exchange missing = client.post(P + "/webhooks", "{\"target\":\"http://127.0.0.1:9/x\"}");
        assertEquals(400, missing.status());
        assertEquals("invalid_input", missing.json().path("errorCode").asText());
        JsonNode errors = missing.json().path("additionalInformation").path("validationErrors");
        assertTrue(errors.toString().contains("secret should not be empty"), errors.toString());

        SimClient.Exchange comment = client.post(P + "/rcs/comments", "{\"comment\":\"\"}");
        assertEquals("comment must be longer than or equal to 1 characters",
                comment.json().path("additionalInformation").path("validationErrors").get(0).asText());

        SimClient.Exchange malformed = client.post(P + "/webhooks", "{not json");
        assertEquals(400, malformed.status());
        assertEquals("invalid_payload", malformed.json().path("errorCode").asText());

        SimClient.Exchange badEnum = client.get(P + "/whatsapp/senders?filterStates=SLEEPING");
        assertEquals(400, badEnum.status());
        assertEquals("invalid_input", badEnum.json().path("errorCode").asText());

        SimClient.Exchange kakaoFilter = client.get(P + "/kakaotalk/senders?filterStates=SLEEPING");
        assertEquals("invalid_filter_states", kakaoFilter.json().path("errorCode").asText(),
                "the specific documented code is used where the contract has one");
    }

    @Test
    void unknownPathsAndMethodsAnswerPapiErrors() {
        assertEquals(404, client.get(P + "/nothing-here").status());
        SimClient.Exchange method = client.send("PUT", P + "/whatsapp/senders", "{}", java.util.Map.of());
        assertEquals(405, method.status());
        assertEquals("method_not_allowed", method.json().path("errorCode").asText());
    }

    private void assertInvalidPageSize(String path) {
        SimClient.Exchange e = client.get(path);
        assertEquals(400, e.status(), path);
        assertEquals("invalid_page_size", e.json().path("errorCode").asText(), path);
    }

    private void assertNotFound(String path, String code) {
        SimClient.Exchange e = client.get(path);
        assertEquals(404, e.status(), path);
        assertEquals(code, e.json().path("errorCode").asText(), path);
    }
}
