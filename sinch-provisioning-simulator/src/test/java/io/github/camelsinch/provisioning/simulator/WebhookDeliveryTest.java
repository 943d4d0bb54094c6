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
import io.github.camelsinch.provisioning.simulator.support.Await;
import io.github.camelsinch.provisioning.simulator.support.SimClient;
import io.github.camelsinch.provisioning.simulator.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed callbacks to a loopback receiver, verified here with an independent HMAC computation. */
class WebhookDeliveryTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension(SimulatorConfig.forTests().toBuilder()
            .webhookBackoff(Duration.ofMillis(20)).build());

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String P = "/v1/projects/hooks";
    private static final String SECRET = "a-high-entropy-secret";

    private WebhookReceiver receiver;
    private SimClient client;

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
        client = SimClient.basic(SIM.simulator());
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private void subscribe(String path, String... triggers) {
        String list = String.join("\",\"", triggers);
        assertEquals(201, client.post(P + "/webhooks", "{\"target\":\"" + receiver.url(path) + "\",\"secret\":\""
                + SECRET + "\",\"triggers\":[\"" + list + "\"]}").status());
    }

    @Test
    void templateApprovalIsDeliveredSignedWithTheFullResource() throws Exception {
        subscribe("/approved", "WHATSAPP_TEMPLATE_APPROVED");
        client.post(P + "/whatsapp/templates", "{\"name\":\"hello\",\"category\":\"UTILITY\",\"language\":\"EN\","
                + "\"status\":\"SUBMIT\",\"details\":{\"components\":[{\"type\":\"BODY\",\"text\":\"Hi\"}]}}");
        SIM.control().advance(Duration.ofMinutes(1));

        WebhookReceiver.Callback callback = receiver.next(WAIT);
        assertEquals("/approved", callback.path());
        JsonNode envelope = Json.parse(callback.text());
        assertEquals("WHATSAPP_TEMPLATE_APPROVED", envelope.path("type").asText());
        assertEquals("APPROVED", envelope.path("payload").path("state").asText());
        assertEquals("hello", envelope.path("payload").path("name").asText());

        String nonce = callback.headers().get("x-sinch-webhook-signature-nonce");
        String timestamp = callback.headers().get("x-sinch-webhook-signature-timestamp");
        assertEquals("HmacSHA256", callback.headers().get("x-sinch-webhook-signature-algorithm"));
        assertEquals(SIM.control().now().getEpochSecond(), Long.parseLong(timestamp));
        assertEquals(expectedSignature(callback.body(), nonce, timestamp),
                callback.headers().get("x-sinch-webhook-signature"));
        assertFalse(receiver.receivesWithin(Duration.ofMillis(200)), "only the subscribed trigger is delivered");
    }

    @Test
    void allSubscribesToEveryTriggerInOrder() {
        subscribe("/all", "ALL");
        SimClient.Exchange created = client.post(P + "/whatsapp/senders", "{\"region\":\"EU\",\"details\":"
                + "{\"displayName\":\"Shop\",\"vertical\":\"RETAIL\",\"countryCode\":\"48\",\"phoneNumber\":\"777\"}}");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().path("id").asText();
        client.post(P + "/whatsapp/senders/" + id + "/comments", "{\"comment\":\"Please hurry\"}");
        SIM.control().advance(Duration.ofMinutes(1));

        JsonNode comment = Json.parse(receiver.next(WAIT).text());
        assertEquals("WHATSAPP_SENDER_COMMENT_ADDED", comment.path("type").asText());
        assertEquals("Please hurry", comment.path("comment").asText());
        assertEquals(id, comment.path("payload").path("id").asText());
        assertEquals("WHATSAPP_SENDER_PENDING_VERIFICATION",
                Json.parse(receiver.next(WAIT).text()).path("type").asText());
    }

    @Test
    void rcsAccountCommentsCarryNoPayload() {
        subscribe("/rcs", "RCS_ACCOUNT_COMMENT_ADDED");
        client.post(P + "/rcs/comments", "{\"comment\":\"hello\"}");
        JsonNode envelope = Json.parse(receiver.next(WAIT).text());
        assertEquals("hello", envelope.path("comment").asText());
        assertFalse(envelope.has("payload"));
    }

    @Test
    void failedDeliveriesAreRetriedAndRecorded() {
        receiver.answer(500, 503);
        subscribe("/flaky", "RCS_ACCOUNT_COMMENT_ADDED");
        client.post(P + "/rcs/comments", "{\"comment\":\"retry me\"}");

        receiver.next(WAIT);
        receiver.next(WAIT);
        WebhookReceiver.Callback third = receiver.next(WAIT);
        assertEquals("retry me", Json.parse(third.text()).path("comment").asText());
        var deliveries = Await.until(() -> SIM.control().webhookDeliveries(), d -> d.size() == 3, WAIT);
        assertEquals(500, deliveries.get(0).status());
        assertEquals(503, deliveries.get(1).status());
        assertTrue(deliveries.get(2).succeeded());
        assertEquals(3, deliveries.get(2).attempt());
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() {
        receiver.answer(500, 500, 500, 500);
        subscribe("/down", "RCS_ACCOUNT_COMMENT_ADDED");
        client.post(P + "/rcs/comments", "{\"comment\":\"x\"}");
        var deliveries = Await.until(() -> SIM.control().webhookDeliveries(), d -> d.size() == 3, WAIT);
        assertTrue(deliveries.stream().noneMatch(WebhookDelivery::succeeded));
        assertFalse(receiver.receivesWithin(Duration.ofMillis(300)) && receiver.receivesWithin(Duration.ofMillis(300))
                && receiver.receivesWithin(Duration.ofMillis(300)) && receiver.receivesWithin(Duration.ofMillis(300)),
                "no fourth attempt");
    }

    @Test
    void bundleDoneDeliveryIsRecordedOnTheBundle() {
        String bundle = client.post(P + "/bundles", "{\"name\":\"B\",\"region\":\"EU\",\"smsApp\":true,\"webhooks\":"
                + "[{\"target\":\"" + receiver.url("/bundle") + "\",\"secret\":\"" + SECRET + "\",\"triggers\":"
                + "[\"BUNDLE_DONE\"]}]}").json().path("id").asText();
        SIM.control().advance(Duration.ofMinutes(1));

        JsonNode envelope = Json.parse(receiver.next(WAIT).text());
        assertEquals("BUNDLE_DONE", envelope.path("type").asText());
        assertEquals("DONE", envelope.path("payload").path("state").asText());
        JsonNode statuses = Await.until(() -> client.get(P + "/bundles/" + bundle).json()
                .path("webhookDeliveryStatuses"), s -> s.size() == 1, WAIT);
        assertEquals(200, statuses.get(0).path("httpStatusCode").asInt());
    }

    @Test
    void nonLoopbackTargetsAreNotCalledByDefault() {
        client.post(P + "/webhooks", "{\"target\":\"https://example.invalid/hook\",\"secret\":\"s\","
                + "\"triggers\":[\"ALL\"]}");
        client.post(P + "/rcs/comments", "{\"comment\":\"x\"}");
        var deliveries = Await.until(() -> SIM.control().webhookDeliveries(), d -> d.size() == 1, WAIT);
        assertEquals(0, deliveries.get(0).status());
        assertTrue(deliveries.get(0).error().contains("loopback"));
    }

    @Test
    void aTestPingIsSignedLikeEveryCallbackAndAnsweredWithItsOutcome() throws Exception {
        subscribe("/ping", "BUNDLE_DONE");
        String id = client.get(P + "/webhooks").json().path("webhooks").get(0).path("id").asText();
        SimClient control = new SimClient(SIM.baseUrl(), null);

        SimClient.Exchange ping = control.post("/_sim/projects/hooks/resources/webhook/" + id + "/ping", null);
        assertEquals(200, ping.status(), ping.toString());
        assertEquals(200, ping.json().path("status").asInt());
        assertEquals("WEBHOOK_TEST", ping.json().path("trigger").asText());

        WebhookReceiver.Callback callback = receiver.next(WAIT);
        assertEquals("/ping", callback.path());
        JsonNode envelope = Json.parse(callback.text());
        assertEquals("WEBHOOK_TEST", envelope.path("type").asText());
        assertEquals(id, envelope.path("payload").path("webhookId").asText());
        assertEquals(expectedSignature(callback.body(), callback.headers().get("x-sinch-webhook-signature-nonce"),
                callback.headers().get("x-sinch-webhook-signature-timestamp")),
                callback.headers().get("x-sinch-webhook-signature"));
        assertEquals(1, SIM.control().webhookDeliveries().size(), "the ping is in the delivery log");
    }

    @Test
    void aPingCanCarryARealTriggerAndReportsAFailingTargetWithoutRetrying() {
        subscribe("/ping", "ALL");
        String id = client.get(P + "/webhooks").json().path("webhooks").get(0).path("id").asText();
        receiver.answer(503);

        WebhookDelivery failed = SIM.control().pingWebhook("hooks", id, "RCS_ACCOUNT_COMMENT_ADDED", null, "hi");
        assertEquals(503, failed.status());
        assertFalse(failed.succeeded());
        JsonNode envelope = Json.parse(receiver.next(WAIT).text());
        assertEquals("RCS_ACCOUNT_COMMENT_ADDED", envelope.path("type").asText());
        assertEquals("hi", envelope.path("comment").asText());
        assertFalse(envelope.has("payload"));
        assertFalse(receiver.receivesWithin(Duration.ofMillis(300)), "a ping is not retried");

        SimClient control = new SimClient(SIM.baseUrl(), null);
        assertEquals(404, control.post("/_sim/projects/hooks/resources/webhook/01NOSUCHWEBHOOK/ping", null).status());
        assertEquals(400, control.post("/_sim/projects/hooks/resources/webhook/" + id + "/ping",
                "{\"payload\":[1]}").status());
    }

    private static String expectedSignature(byte[] body, String nonce, String timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signed = new String(body, StandardCharsets.UTF_8) + "." + nonce + "." + timestamp;
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
