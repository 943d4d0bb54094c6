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
import io.github.camelsinch.provisioning.simulator.http.Json;
import io.github.camelsinch.provisioning.simulator.support.SimClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lifecycles move one step per {@code stepDelay} of simulated time; the manual clock makes that exact. */
class LifecycleTest {

    private static final Duration STEP = Duration.ofSeconds(10);

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension(SimulatorConfig.forTests().toBuilder()
            .stepDelay(STEP).build());

    private static final String P = "/v1/projects/life";
    private SimClient client;

    @BeforeEach
    void client() {
        client = SimClient.basic(SIM.simulator());
    }

    private static void steps(int n) {
        SIM.control().advance(STEP.multipliedBy(n));
    }

    @Test
    void embeddedSignupSenderBecomesActiveAfterOneStepAndNotBefore() {
        String id = client.post(P + "/whatsapp/senders", "{\"region\":\"EU\",\"wabaId\":\"1\",\"phoneNumberId\":\"2\"}")
                .json().path("id").asText();
        assertEquals("IN_PROGRESS", get("/whatsapp/senders/" + id).path("changes").path("status").asText());

        SIM.control().advance(STEP.minusSeconds(1));
        assertFalse(get("/whatsapp/senders/" + id).has("state"));

        SIM.control().advance(Duration.ofSeconds(1));
        JsonNode sender = get("/whatsapp/senders/" + id);
        assertEquals("ACTIVE", sender.path("state").asText());
        assertFalse(sender.has("changes"));
    }

    @Test
    void partnerSenderWaitsForRegisterAndVerify() {
        String id = client.post(P + "/whatsapp/senders", "{\"region\":\"EU\",\"details\":{\"displayName\":\"Shop\","
                + "\"vertical\":\"RETAIL\",\"countryCode\":\"48\",\"phoneNumber\":\"777\"}}").json().path("id")
                .asText();
        steps(5);
        assertEquals("PENDING_VERIFICATION", get("/whatsapp/senders/" + id).path("state").asText());
        assertEquals(409, client.post(P + "/whatsapp/senders/" + id + "/verify", "{\"code\":\"123456\"}").status(),
                "verify before register");

        JsonNode registered = client.post(P + "/whatsapp/senders/" + id + "/register", "{\"method\":\"SMS\"}").json();
        assertTrue(registered.path("verificationCodeSent").asBoolean());
        assertEquals(400, client.post(P + "/whatsapp/senders/" + id + "/verify", "{\"code\":\"000000\"}").status());
        assertEquals(204, client.post(P + "/whatsapp/senders/" + id + "/verify", "{\"code\":\"123456\"}").status());
        assertEquals("IN_PROGRESS", get("/whatsapp/senders/" + id).path("state").asText());

        steps(1);
        assertEquals("ACTIVE", get("/whatsapp/senders/" + id).path("state").asText());
        JsonNode types = get("/whatsapp/senders/" + id + "/activities");
        assertTrue(types.toString().contains("VERIFIED") && types.toString().contains("REGISTERED"), types.toString());
    }

    @Test
    void submittedTemplateIsApprovedAndRejectMarkerRejects() {
        String body = "{\"name\":\"%s\",\"category\":\"UTILITY\",\"language\":\"EN\",\"status\":\"SUBMIT\","
                + "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Hi\"}]}}";
        client.post(P + "/whatsapp/templates", body.formatted("welcome"));
        client.post(P + "/whatsapp/templates", body.formatted("please_reject_me"));

        steps(1);
        assertEquals("PENDING", get("/whatsapp/templates/welcome/languages/EN").path("state").asText());
        steps(1);
        JsonNode approved = get("/whatsapp/templates/welcome/languages/EN");
        assertEquals("APPROVED", approved.path("state").asText());
        assertTrue(approved.has("whatsappId"));
        JsonNode rejected = get("/whatsapp/templates/please_reject_me/languages/EN");
        assertEquals("REJECTED", rejected.path("state").asText());
        assertEquals("INVALID_FORMAT", rejected.path("rejectionCode").asText());
    }

    @Test
    void draftTemplatesDoNotMove() {
        client.post(P + "/whatsapp/templates", "{\"name\":\"draft\",\"category\":\"UTILITY\",\"language\":\"EN\","
                + "\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Hi\"}]}}");
        steps(10);
        JsonNode draft = get("/whatsapp/templates/draft/languages/EN");
        assertEquals("DRAFT", draft.path("changes").path("status").asText());
        assertFalse(draft.has("state"));
    }

    @Test
    void rcsSenderGoesToTestThenLaunches() {
        String id = client.post(P + "/rcs/senders", "{\"region\":\"EU\",\"billingCategory\":\"CONVERSATIONAL\","
                + "\"useCase\":\"OTP\",\"details\":{\"testNumbers\":[\"+46700000001\"],\"countries\":[\"SE\"]}}")
                .json().path("id").asText();
        assertEquals(409, client.post(P + "/rcs/senders/" + id + "/launch", null).status());
        steps(1);
        JsonNode inTest = get("/rcs/senders/" + id);
        assertEquals("IN_TEST", inTest.path("state").asText());
        assertEquals("PENDING", inTest.path("testNumberStates").get(0).path("state").asText());
        steps(1);
        assertEquals("VERIFIED", get("/rcs/senders/" + id + "/testNumbers/+46700000001").path("state").asText());

        assertEquals("PREPARING_LAUNCH", client.post(P + "/rcs/senders/" + id + "/launch", null).json()
                .path("state").asText());
        steps(2);
        JsonNode launched = get("/rcs/senders/" + id);
        assertEquals("LAUNCHED", launched.path("state").asText());
        assertEquals("LAUNCHED", launched.path("countryStatus").get(0).path("status").asText());
        assertTrue(launched.has("launched"));
    }

    @Test
    void kakaotalkSenderRegistersVerifiesAndTemplatesGetApproved() {
        client.post(P + "/kakaotalk/senders",
                "{\"plusFriendId\":\"@shop\",\"details\":{\"adminPhoneNo\":\"+821012345678\","
                        + "\"name\":\"Shop\",\"topLevelCategoryCode\":\"019\",\"midLevelCategoryCode\":\"0006\","
                        + "\"subLevelCategoryCode\":\"0001\"}}");
        assertEquals(409, client.post(P + "/kakaotalk/senders/@shop/verify", "{\"code\":123456}").status());
        assertEquals("VERIFYING", client.post(P + "/kakaotalk/senders/@shop/register", null).json()
                .path("state").asText());
        JsonNode active = client.post(P + "/kakaotalk/senders/@shop/verify", "{\"code\":123456}").json();
        assertEquals("ACTIVE", active.path("state").asText());
        assertEquals(409, client.post(P + "/kakaotalk/senders/@shop/register", null).status());

        String code = client.post(P + "/kakaotalk/senders/@shop/templates", "{\"details\":{\"name\":\"Hello\","
                + "\"content\":\"Hello there\",\"language\":\"EN\"}}").json().path("code").asText();
        steps(1);
        JsonNode template = get("/kakaotalk/senders/@shop/templates/" + code);
        assertEquals("APPROVED", template.path("state").asText());
        assertEquals("Hello there", template.path("details").path("content").asText());
    }

    @Test
    void bundleFinishesDoneAndItsConversationAppExists() {
        JsonNode bundle =
                client.post(P + "/bundles", "{\"name\":\"Starter\",\"region\":\"EU\",\"convApp\":true}").json();
        assertEquals("IN_PROGRESS", bundle.path("state").asText());
        assertFalse(bundle.has("smsApp"), "only ordered services are created");
        String appId = bundle.path("convApp").path("id").asText();
        assertEquals(404, client.get(P + "/conversation/apps/" + appId + "/telegram").status());

        steps(1);
        assertEquals("DONE", get("/bundles/" + bundle.path("id").asText()).path("state").asText());
        SimClient.Exchange channel = client.get(P + "/conversation/apps/" + appId + "/telegram");
        assertEquals("conversation_app_no_telegram_channel", channel.json().path("errorCode").asText());
    }

    @Test
    void whatsappAccountIsOnboardedThroughFacebookVerification() {
        client.post(P + "/whatsapp", "{\"companyLegalName\":\"Acme\",\"clientBusinessManagerId\":\"1\"}");
        steps(1);
        assertEquals("PENDING_FACEBOOK_VERIFICATION", get("/whatsapp").path("state").asText());
        steps(1);
        JsonNode account = get("/whatsapp");
        assertEquals("ONBOARDED", account.path("state").asText());
        assertEquals("Acme", account.path("details").path("companyLegalName").asText());
    }

    @Test
    void conversationChannelsMoveFromPendingToActive() {
        SIM.control().seed("life", ResourceKind.CONVERSATION_CHANNEL,
                Json.object().put("appId", "APP1").put("channel", "instagram"));
        assertEquals("PENDING", get("/conversation/apps/APP1/instagram").path("status").asText());
        steps(1);
        assertEquals("ACTIVE", get("/conversation/apps/APP1/instagram").path("status").asText());
    }

    @Test
    void rejectionRateRejectsDeterministicallyWithTheSeed() {
        SimulatorConfig config = SimulatorConfig.forTests().toBuilder().rejectionRate(1.0).seed(7).build();
        try (SinchSimulator sim = SinchSimulator.start(config)) {
            SimClient other = SimClient.basic(sim);
            other.post(P + "/whatsapp/templates", "{\"name\":\"t\",\"category\":\"UTILITY\",\"language\":\"EN\","
                    + "\"status\":\"SUBMIT\",\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"x\"}]}}");
            sim.control().advance(Duration.ofMinutes(1));
            assertEquals("REJECTED", other.get(P + "/whatsapp/templates/t/languages/EN").json().path("state").asText());
        }
    }

    @Test
    void theSameSeedGivesTheSameIds() {
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            try (SinchSimulator sim = SinchSimulator.start(SimulatorConfig.forTests().toBuilder().seed(99).build())) {
                ids[i] = SimClient.basic(sim).post(P + "/whatsapp/senders",
                        "{\"wabaId\":\"1\",\"phoneNumberId\":\"2\"}").json().path("id").asText();
            }
        }
        assertEquals(ids[0], ids[1]);
    }

    private JsonNode get(String path) {
        SimClient.Exchange e = client.get(P + path);
        assertEquals(200, e.status(), e.toString());
        return e.json();
    }
}
