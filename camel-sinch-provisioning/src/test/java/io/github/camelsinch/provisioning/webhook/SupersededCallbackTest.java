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

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.client.LogCapture;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A callback whose payload is older than the state already delivered (Sinch retrying a callback after a newer one
 * got through) is not reported as a change back: it is answered 200, so Sinch stops retrying, counted and logged at
 * DEBUG, and the route does not see it. "Older" is decided on the payload's {@code modified} time against the one
 * stored with the delivered state; equal or unknown times have no order and the payload counts as current.
 */
class SupersededCallbackTest extends WebhookTestSupport {

    private static final AtomicInteger NONCES = new AtomicInteger();
    private static final String T0 = "2025-01-01T10:00:00Z";
    private static final String T1 = "2025-01-01T10:05:00Z";
    private static final String T2 = "2025-01-01T10:10:00Z";

    @BeforeEach
    void start() throws Exception {
        startContext(c -> {});
        addReceiver("sinch-prov:webhook?webhookSecret=" + SECRET);
    }

    @Test
    void aRetriedOlderCallbackAfterANewerOneIsAcknowledgedNotEmitted() throws Exception {
        assertEquals(200, send(sender("WHATSAPP_SENDER_COMMENT_ADDED", "IN_PROGRESS", T0, "Looking at it")));
        String a = sender("WHATSAPP_SENDER_PENDING_VERIFICATION", "PENDING_VERIFICATION", T1, null);
        String b = sender("WHATSAPP_SENDER_ACTIVE", "ACTIVE", T2, null);
        received.failNext(1);
        assertEquals(500, send(a), "A fails in the route: Sinch will retry it");
        assertEquals(200, send(b));

        int routed = received.size();
        try (LogCapture log = LogCapture.capture(SinchProvisioningWebhookConsumer.class.getName(), Level.DEBUG)) {
            assertEquals(200, send(a), "the retry of A, after B: acknowledged so that Sinch stops");
            assertEquals(List.of("DEBUG " + SinchProvisioningWebhookConsumer.class.getName() + " Acknowledged a"
                    + " superseded Sinch Provisioning callback WHATSAPP_SENDER_PENDING_VERIFICATION of s1"
                    + " without routing it: its payload was modified at " + T1 + ", before the delivered"
                    + " state (" + T2 + ")"), log.lines());
        }
        assertEquals(routed, received.size(), "the route did not see A again");
        assertEquals(1, receiver().supersededCallbacks());
        assertEquals(1, receiver().getSupersededCallbacks());

        List<String> changes = received.all().stream().filter(r -> r.changeType() != null)
                .map(r -> r.eventType() + " " + r.changeType() + " " + r.previousStatus() + "->" + r.newStatus() + " | "
                        + r.headers().get(SinchProvisioningConstants.STATUS_SUMMARY))
                .toList();
        assertEquals(List.of(
                "WHATSAPP_SENDER_COMMENT_ADDED ADDED null->IN_PROGRESS | state none -> IN_PROGRESS",
                "WHATSAPP_SENDER_PENDING_VERIFICATION CHANGED IN_PROGRESS->PENDING_VERIFICATION"
                        + " | state IN_PROGRESS -> PENDING_VERIFICATION",
                "WHATSAPP_SENDER_ACTIVE CHANGED IN_PROGRESS->ACTIVE | state IN_PROGRESS -> ACTIVE"), changes,
                "A's failed attempt, then B; never ACTIVE -> PENDING_VERIFICATION");

        // The state is still B's: B retried is the duplicate of its own delivery.
        String bKey = received.all().get(2).dedupKey();
        assertEquals(200, send(b));
        ReceivedCallbacks.Received bAgain = last();
        assertNull(bAgain.changeType());
        assertEquals(bKey, bAgain.dedupKey());
        assertEquals("no status change (state ACTIVE)",
                bAgain.headers().get(SinchProvisioningConstants.STATUS_SUMMARY));
    }

    @Test
    void aCommentWithAnOlderPayloadStillReachesTheRouteAsAnEvent() throws Exception {
        send(sender("WHATSAPP_SENDER_ACTIVE", "ACTIVE", T2, null));
        assertEquals(200, send(sender("WHATSAPP_SENDER_COMMENT_ADDED", "PENDING_VERIFICATION", T1, "Number ok")));

        ReceivedCallbacks.Received comment = last();
        assertNull(comment.changeType(), "no change back to PENDING_VERIFICATION");
        assertEquals("Number ok", comment.headers().get(SinchProvisioningConstants.COMMENT));
        assertTrue(comment.dedupKey().startsWith("s1~WHATSAPP_SENDER_COMMENT_ADDED:"), comment.dedupKey());
        assertEquals("no status change, payload older than the delivered state (state PENDING_VERIFICATION)",
                comment.headers().get(SinchProvisioningConstants.STATUS_SUMMARY));
        assertEquals(0, receiver().supersededCallbacks());

        // The comment moved nothing: a callback of the next state is reported from ACTIVE.
        send(sender("WHATSAPP_SENDER_INACTIVE", "INACTIVE", "2025-01-01T10:20:00Z", null));
        assertEquals("ACTIVE", last().previousStatus());
    }

    @Test
    void equalTimesHaveNoOrder_thePayloadCountsAsTheCurrentState() throws Exception {
        send(sender("WHATSAPP_SENDER_ACTIVE", "ACTIVE", T2, null));
        assertEquals(200, send(sender("WHATSAPP_SENDER_INACTIVE", "INACTIVE", T2, null)));

        ReceivedCallbacks.Received same = last();
        assertEquals("CHANGED", same.changeType());
        assertEquals("ACTIVE", same.previousStatus());
        assertEquals("INACTIVE", same.newStatus());
        assertEquals(0, receiver().supersededCallbacks());
    }

    @Test
    void withoutAModifiedTimeTheOrderIsUnknown_aLateRetryIsAChangeBack() throws Exception {
        // WhatsApp templates carry no modified time: as documented, a late retry cannot be told from a new state.
        send(template("WHATSAPP_TEMPLATE_STATUS_UPDATED", "PENDING"));
        send(template("WHATSAPP_TEMPLATE_APPROVED", "APPROVED"));
        assertEquals(200, send(template("WHATSAPP_TEMPLATE_STATUS_UPDATED", "PENDING")));

        ReceivedCallbacks.Received back = last();
        assertEquals("CHANGED", back.changeType());
        assertEquals("APPROVED", back.previousStatus());
        assertEquals("PENDING", back.newStatus());
        assertEquals(0, receiver().supersededCallbacks());
    }

    @Test
    void anOlderDeletionDoesNotRemoveTheNewerResource() throws Exception {
        send(sender("WHATSAPP_SENDER_ACTIVE", "ACTIVE", T2, null));
        int routed = received.size();
        assertEquals(200, send(sender("WHATSAPP_SENDER_DELETED", "ACTIVE", T1, null)));
        assertEquals(routed, received.size());
        assertEquals(1, receiver().supersededCallbacks());

        assertEquals(200, send(sender("WHATSAPP_SENDER_DELETED", "ACTIVE", T2, null)));
        assertEquals("REMOVED", last().changeType());
        assertEquals("state ACTIVE -> none", last().headers().get(SinchProvisioningConstants.STATUS_SUMMARY));
    }

    private ReceivedCallbacks.Received last() {
        List<ReceivedCallbacks.Received> all = received.all();
        return all.get(all.size() - 1);
    }

    private static String sender(String trigger, String state, String modified, String comment) {
        return "{\"type\":\"" + trigger + "\",\"payload\":{\"id\":\"s1\",\"state\":\"" + state + "\",\"modified\":\""
                + modified + "\"}" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
    }

    private static String template(String trigger, String state) {
        return "{\"type\":\"" + trigger + "\",\"payload\":{\"name\":\"promo\",\"language\":\"EN\",\"state\":\""
                + state + "\"}}";
    }

    private int send(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return post(PATH, body, TestSignatures.headers(SECRET, body, "NONCE" + NONCES.incrementAndGet(),
                Instant.now().getEpochSecond())).statusCode();
    }
}
