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
package io.github.camelsinch.provisioning.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the route receives for each kind of callback (hand-signed, no simulator): transitions with the polling
 * consumer's headers and keys; comments and other non-transitions with a key of their own; retries of either with
 * the same key; deletions as REMOVED; kinds without a poll and triggers newer than the contract.
 */
class CallbackHeadersTest extends WebhookTestSupport {

    private static final AtomicInteger NONCES = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        startContext(c -> {});
        addReceiver("sinch-prov:webhook?webhookSecret=" + SECRET);
    }

    @Test
    void aTransitionThenAComment_andTheirRetriesKeepTheirKeys() throws Exception {
        String active = "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s1\",\"state\":\"ACTIVE\","
                + "\"modified\":\"2025-01-01T10:00:00Z\"}}";
        String comment = "{\"type\":\"WHATSAPP_SENDER_COMMENT_ADDED\",\"payload\":{\"id\":\"s1\",\"state\":\"ACTIVE\","
                + "\"modified\":\"2025-01-01T10:00:00Z\"},\"comment\":\"Please hurry\"}";
        send(active);
        send(comment);
        send(active); // Sinch retrying a callback whose 200 got lost: new nonce, same body
        send(comment);

        List<ReceivedCallbacks.Received> all = received.all();
        ReceivedCallbacks.Received transition = all.get(0);
        assertEquals("ADDED", transition.changeType());
        assertEquals("ACTIVE", transition.newStatus());
        assertEquals("whatsapp-senders", transition.api());
        assertEquals("s1", transition.resourceId());
        assertTrue(transition.dedupKey().startsWith("s1#1:"), transition.dedupKey());
        WhatsappSenderDto sender = assertInstanceOf(WhatsappSenderDto.class, transition.body());
        assertEquals("s1", sender.getId());

        ReceivedCallbacks.Received note = all.get(1);
        assertNull(note.changeType(), "a comment is no transition");
        assertEquals("ACTIVE", note.newStatus());
        assertEquals("Please hurry", note.headers().get(SinchProvisioningConstants.COMMENT));
        assertEquals(Map.of(), note.headers().get(SinchProvisioningConstants.PREVIOUS_STATUSES));
        assertEquals(List.of(), note.headers().get(SinchProvisioningConstants.CHANGED_FIELDS));
        assertTrue(note.dedupKey().startsWith("s1~WHATSAPP_SENDER_COMMENT_ADDED:"), note.dedupKey());

        assertNull(all.get(2).changeType(), "already delivered");
        assertEquals(transition.dedupKey(), all.get(2).dedupKey(), "the retry carries the delivered key");
        assertEquals(note.dedupKey(), all.get(3).dedupKey());
    }

    @Test
    void aDeletionOfAKnownResourceIsRemovedWithThePollsKey() throws Exception {
        send("{\"type\":\"WHATSAPP_TEMPLATE_STATUS_UPDATED\",\"payload\":{\"name\":\"promo\",\"language\":\"EN\","
                + "\"state\":\"PENDING\"}}");
        send("{\"type\":\"WHATSAPP_TEMPLATE_DELETED\",\"payload\":{\"name\":\"promo\",\"language\":\"EN\","
                + "\"state\":\"PENDING\"}}");
        send("{\"type\":\"WHATSAPP_TEMPLATE_DELETED\",\"payload\":{\"name\":\"other\",\"language\":\"EN\"}}");

        ReceivedCallbacks.Received removed = received.all().get(1);
        assertEquals("REMOVED", removed.changeType());
        assertEquals("PENDING", removed.previousStatus());
        assertNull(removed.newStatus());
        assertTrue(removed.dedupKey().startsWith("promo/EN#2:"), removed.dedupKey());
        assertNull(received.all().get(2).changeType(), "never known: nothing to remove");
    }

    @Test
    void anRcsAccountCommentHasNoPayloadAndTheProjectAsResource() throws Exception {
        send("{\"type\":\"RCS_ACCOUNT_COMMENT_ADDED\",\"comment\":\"Brand verified\"}");

        ReceivedCallbacks.Received r = received.all().get(0);
        assertEquals("rcs-accounts", r.api());
        assertEquals(PROJECT_ID, r.resourceId());
        assertNull(r.body());
        assertEquals("Brand verified", r.headers().get(SinchProvisioningConstants.COMMENT));
        assertTrue(r.dedupKey().startsWith(PROJECT_ID + "~RCS_ACCOUNT_COMMENT_ADDED:"), r.dedupKey());
    }

    @Test
    void aTriggerNewerThanTheContractArrivesWithItsJsonPayload() throws Exception {
        send("{\"type\":\"RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED\",\"payload\":{\"brandId\":\"b1\"}}");

        ReceivedCallbacks.Received r = received.all().get(0);
        assertEquals("RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED", r.eventType());
        assertNull(r.api());
        assertEquals("b1", assertInstanceOf(JsonNode.class, r.body()).path("brandId").asText());
        assertTrue(r.dedupKey().startsWith("~RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED:"), r.dedupKey());
    }

    @Test
    void aPayloadThatDoesNotFitItsModelIsABadRequest() throws Exception {
        assertEquals(400, send("{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s1\","
                + "\"changes\":[1,2,3]}}"));
        assertEquals(0, receiverExchangesCreated.get());
        assertEquals(1, receiver().refusedCallbacks(RejectionReason.MALFORMED_PAYLOAD));
    }

    private int send(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return post(PATH, body, TestSignatures.headers(SECRET, body, "NONCE" + NONCES.incrementAndGet(),
                Instant.now().getEpochSecond())).statusCode();
    }
}
