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

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP control API under /_sim, as a tool in another language would use it. */
class ControlApiTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension(SimulatorConfig.forTests().toBuilder()
            .manualClock(Instant.parse("2025-06-01T12:00:00Z")).stepDelay(Duration.ofSeconds(30)).build());

    private SimClient control;
    private SimClient api;

    @BeforeEach
    void clients() {
        control = new SimClient(SIM.baseUrl(), null);
        api = SimClient.basic(SIM.simulator());
    }

    @Test
    void healthNeedsNoCredentials() {
        SimClient.Exchange health = control.get("/_sim/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().path("status").asText());
    }

    @Test
    void seedsAResourceInAChosenStageWithoutWebhooks() {
        SimClient.Exchange seeded = control.post("/_sim/projects/p1/resources/whatsapp-template",
                "{\"resource\":{\"name\":\"promo\",\"language\":\"EN\",\"category\":\"MARKETING\"},\"stage\":\"APPROVED\"}");
        assertEquals(201, seeded.status());
        assertEquals("promo/EN", seeded.json().path("key").asText());

        JsonNode template = api.get("/v1/projects/p1/whatsapp/templates/promo/languages/EN").json();
        assertEquals("APPROVED", template.path("state").asText());
        assertEquals("MARKETING", template.path("category").asText());
        assertTrue(SIM.control().webhookDeliveries().isEmpty());
    }

    /** Issue 15: a stage that applies changes (ACTIVE, APPROVED) used to put the default's example details back. */
    @Test
    void theSeedWinsOverTheDefaultAtStagesThatApplyChanges() {
        control.post("/_sim/projects/p1/resources/whatsapp-sender",
                "{\"resource\":{\"id\":\"s-active\",\"details\":{\"displayName\":\"Acme\"}},\"stage\":\"ACTIVE\"}");
        JsonNode sender = api.get("/v1/projects/p1/whatsapp/senders/s-active").json();
        assertEquals("ACTIVE", sender.path("state").asText());
        assertEquals("Acme", sender.path("details").path("displayName").asText(), sender.toString());

        control.post("/_sim/projects/p1/resources/whatsapp-template", "{\"resource\":{\"name\":\"promo\","
                + "\"language\":\"EN\",\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Hi {{1}}\","
                + "\"examples\":[\"Ann\"]}]}},\"stage\":\"APPROVED\"}");
        JsonNode template = api.get("/v1/projects/p1/whatsapp/templates/promo/languages/EN").json();
        assertEquals("APPROVED", template.path("state").asText());
        JsonNode components = template.path("details").path("components");
        assertEquals(1, components.size(), template.toString());
        assertEquals("Hi {{1}}", components.get(0).path("text").asText());

        control.post("/_sim/projects/p1/resources/kakaotalk-sender", "{\"resource\":{\"plusFriendId\":\"@acme\","
                + "\"details\":{\"name\":\"Acme Korea\"}},\"stage\":\"ACTIVE\"}");
        JsonNode kakao = api.get("/v1/projects/p1/kakaotalk/senders/@acme").json();
        assertEquals("ACTIVE", kakao.path("state").asText());
        assertEquals("Acme Korea", kakao.path("details").path("name").asText(), kakao.toString());
    }

    @Test
    void seededDetailsSurviveALaterReviewToo() {
        control.post("/_sim/projects/p1/resources/whatsapp-sender",
                "{\"resource\":{\"id\":\"s-review\",\"details\":{\"displayName\":\"Acme\"}},\"stage\":\"IN_PROGRESS\"}");
        SIM.control().advance(Duration.ofMinutes(1));
        JsonNode sender = api.get("/v1/projects/p1/whatsapp/senders/s-review").json();
        assertEquals("ACTIVE", sender.path("state").asText());
        assertEquals("Acme", sender.path("details").path("displayName").asText(), sender.toString());
    }

    @Test
    void deletesAResourceAsTheDashboardWould() {
        control.post("/_sim/projects/p1/resources/whatsapp-sender",
                "{\"resource\":{\"id\":\"gone\"},\"stage\":\"ACTIVE\"}");
        control.post("/_sim/projects/p1/resources/whatsapp-sender",
                "{\"resource\":{\"id\":\"kept\"},\"stage\":\"ACTIVE\"}");

        SimClient.Exchange deleted = control.delete("/_sim/projects/p1/resources/whatsapp-sender/gone");
        assertEquals(200, deleted.status());
        assertEquals("ACTIVE", deleted.json().path("stage").asText(), "answers the resource as it was");
        assertEquals(404, api.get("/v1/projects/p1/whatsapp/senders/gone").status());
        JsonNode listed = api.get("/v1/projects/p1/whatsapp/senders").json().path("senders");
        assertEquals(1, listed.size());
        assertEquals("kept", listed.get(0).path("id").asText());
        assertEquals(404, control.delete("/_sim/projects/p1/resources/whatsapp-sender/gone").status());
    }

    @Test
    void deletingAKakaotalkSenderTakesItsTemplatesAlong() {
        control.post("/_sim/projects/p1/resources/kakaotalk-sender", "{\"resource\":{\"plusFriendId\":\"@k\"},"
                + "\"stage\":\"ACTIVE\"}");
        String key = control.post("/_sim/projects/p1/resources/kakaotalk-template", "{\"plusFriendId\":\"@k\","
                + "\"stage\":\"APPROVED\"}").json().path("key").asText();
        assertEquals(200, control.delete("/_sim/projects/p1/resources/kakaotalk-sender/@k").status());
        assertEquals(404, control.get("/_sim/projects/p1/resources/kakaotalk-template/" + key).status());
    }

    @Test
    void seededResourcesContinueTheirLifecycleUnlessHeld() {
        control.post("/_sim/projects/p1/resources/kakaotalk-sender",
                "{\"resource\":{\"plusFriendId\":\"@held\"},\"stage\":\"IN_PROGRESS\",\"hold\":true}");
        SimClient.Exchange seeded = control.post("/_sim/projects/p1/resources/whatsapp-sender",
                "{\"resource\":{\"id\":\"sender-1\"}}");
        assertEquals("ACTIVE", seeded.json().path("nextStage").asText());

        Instant before = Instant.parse(control.get("/_sim/clock").json().path("now").asText());
        SimClient.Exchange advanced = control.post("/_sim/clock/advance", "{\"duration\":\"PT1M\"}");
        assertEquals(before.plusSeconds(60), Instant.parse(advanced.json().path("now").asText()));
        assertEquals("ACTIVE", api.get("/v1/projects/p1/whatsapp/senders/sender-1").json().path("state").asText());
        JsonNode held = control.get("/_sim/projects/p1/resources/kakaotalk-sender/@held").json();
        assertTrue(held.path("held").asBoolean());
        assertEquals("IN_PROGRESS", held.path("stage").asText());
    }

    @Test
    void forcesTransitionsNowToANamedOrTheNextStage() {
        control.post("/_sim/projects/p1/resources/bundle", "{\"resource\":{\"id\":\"b1\",\"name\":\"B\"}}");
        SimClient.Exchange next = control.post("/_sim/projects/p1/resources/bundle/b1/transition", "{}");
        assertEquals("DONE", next.json().path("resource").path("state").asText());

        control.post("/_sim/projects/p1/resources/whatsapp-template",
                "{\"resource\":{\"name\":\"t\",\"language\":\"EN\"},\"stage\":\"APPROVED\"}");
        SimClient.Exchange paused = control.post("/_sim/projects/p1/resources/whatsapp-template/t/EN/transition",
                "{\"stage\":\"PAUSED\"}");
        assertEquals("PAUSED", paused.json().path("resource").path("state").asText());

        assertEquals(400, control.post("/_sim/projects/p1/resources/bundle/b1/transition",
                "{\"stage\":\"NOPE\"}").status());
        assertEquals(409, control.post("/_sim/projects/p1/resources/bundle/b1/transition", "{}").status(),
                "DONE has no next stage");
        assertEquals(404, control.get("/_sim/projects/p1/resources/bundle/none").status());
        assertEquals(404, control.get("/_sim/projects/p1/resources/unicorn").status());
        assertEquals(400, control.post("/_sim/projects/p1/resources/bundle", "{broken").status());
    }

    @Test
    void listsResourcesLifecyclesAndRequests() {
        api.post("/v1/projects/p2/webhooks",
                "{\"target\":\"http://127.0.0.1:9/x\",\"secret\":\"s\",\"triggers\":[\"ALL\"]}");
        assertEquals(1, control.get("/_sim/projects/p2/resources/webhook").json().size());

        JsonNode lifecycles = control.get("/_sim/lifecycles").json();
        assertTrue(lifecycles.has("whatsapp-sender") && lifecycles.has("rcs-sender") && lifecycles.has("bundle"));

        JsonNode requests = control.get("/_sim/requests").json();
        JsonNode logged = requests.get(requests.size() - 1);
        assertEquals("POST", logged.path("method").asText());
        assertEquals("/v1/projects/p2/webhooks", logged.path("path").asText());
        assertEquals("Basic ***", logged.path("headers").path("authorization").asText());
        assertTrue(logged.path("body").asText().contains("127.0.0.1"));
        assertEquals(201, logged.path("status").asInt());
        assertFalse(requests.toString().contains("/_sim/"), "control calls are not logged");
    }

    @Test
    void resetForgetsEverything() {
        api.post("/v1/projects/p3/webhooks",
                "{\"target\":\"http://127.0.0.1:9/x\",\"secret\":\"s\",\"triggers\":[\"ALL\"]}");
        assertEquals(204, control.post("/_sim/reset", null).status());
        assertEquals(0, api.get("/v1/projects/p3/webhooks").json().path("totalSize").asInt());
        assertEquals(1, control.get("/_sim/requests").json().size(), "only the request after the reset");
    }

    @Test
    void tickAppliesDueStepsOnly() {
        control.post("/_sim/projects/p4/resources/conversation-channel", "{\"appId\":\"A\",\"channel\":\"viber\"}");
        assertEquals(0, control.post("/_sim/tick", null).json().path("stepsApplied").asInt());
        assertEquals(1, control.post("/_sim/clock/advance", "{\"seconds\":30}").json().path("stepsApplied").asInt());
        assertEquals("ACTIVE", api.get("/v1/projects/p4/conversation/apps/A/viber").json().path("status").asText());
    }
}
