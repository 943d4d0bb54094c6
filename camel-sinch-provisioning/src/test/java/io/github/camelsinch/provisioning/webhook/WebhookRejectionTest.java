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

import io.github.camelsinch.provisioning.client.LogCapture;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rejection table over real HTTP: every forged, stale or replayed callback is answered 401, creates no exchange
 * and is counted; the log says why without the signature or the body.
 */
class WebhookRejectionTest extends WebhookTestSupport {

    private static final String OLD_SECRET = "whsec-previous-a9c4";
    private static final byte[] BODY = ("{\"type\":\"WHATSAPP_TEMPLATE_APPROVED\",\"payload\":{\"name\":\"promo\","
            + "\"language\":\"EN\",\"state\":\"APPROVED\"}}")
            .getBytes(StandardCharsets.UTF_8);

    /** One request of the table: what to send, given the current time in epoch seconds (10 s margins: the exact
     * window boundaries are the pure verifier test's). */
    record Forged(byte[] body, Map<String, String> headers) {
    }

    @BeforeEach
    void start() throws Exception {
        startContext(c -> {});
        addReceiver("sinch-prov:webhook?webhookSecret=" + SECRET + "&previousWebhookSecret=" + OLD_SECRET);
    }

    static Stream<Arguments> forgeries() {
        return Stream.of(
                Arguments.of("tampered body", RejectionReason.SIGNATURE_MISMATCH,
                        (Function<Long, Forged>) now -> new Forged(
                                "{\"type\":\"WHATSAPP_TEMPLATE_REJECTED\"}".getBytes(StandardCharsets.UTF_8),
                                signed(SECRET, now))),
                Arguments.of("wrong secret", RejectionReason.SIGNATURE_MISMATCH,
                        (Function<Long, Forged>) now -> new Forged(BODY, signed("not-the-secret", now))),
                Arguments.of("no signature header", RejectionReason.MISSING_HEADER,
                        (Function<Long, Forged>) now -> new Forged(BODY,
                                without(signed(SECRET, now), "x-sinch-webhook-signature"))),
                Arguments.of("no algorithm header", RejectionReason.MISSING_HEADER,
                        (Function<Long, Forged>) now -> new Forged(BODY,
                                without(signed(SECRET, now), "x-sinch-webhook-signature-algorithm"))),
                Arguments.of("no nonce header", RejectionReason.MISSING_HEADER,
                        (Function<Long, Forged>) now -> new Forged(BODY,
                                without(signed(SECRET, now), "x-sinch-webhook-signature-nonce"))),
                Arguments.of("no timestamp header", RejectionReason.MISSING_HEADER,
                        (Function<Long, Forged>) now -> new Forged(BODY,
                                without(signed(SECRET, now), "x-sinch-webhook-signature-timestamp"))),
                Arguments.of("no headers at all", RejectionReason.MISSING_HEADER,
                        (Function<Long, Forged>) now -> new Forged(BODY, Map.of())),
                Arguments.of("stale timestamp", RejectionReason.STALE_TIMESTAMP,
                        (Function<Long, Forged>) now -> new Forged(BODY, signed(SECRET, now - 310))),
                Arguments.of("future timestamp", RejectionReason.FUTURE_TIMESTAMP,
                        (Function<Long, Forged>) now -> new Forged(BODY, signed(SECRET, now + 310))),
                Arguments.of("HmacSHA1", RejectionReason.UNSUPPORTED_ALGORITHM,
                        (Function<Long, Forged>) now -> new Forged(BODY, TestSignatures.headers("HmacSHA1",
                                "HmacSHA1", SECRET, BODY, nonce(), Long.toString(now)))),
                Arguments.of("timestamp in milliseconds", RejectionReason.MALFORMED_HEADER,
                        (Function<Long, Forged>) now -> new Forged(BODY, TestSignatures.headers("HmacSHA256",
                                "HmacSHA256", SECRET, BODY, nonce(), Long.toString(now * 1000)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void refusedWith401AndNoExchange(String name, RejectionReason reason,
                                     Function<Long, Forged> forge) throws Exception {
        Forged forged = forge.apply(Instant.now().getEpochSecond());
        try (LogCapture log = LogCapture.capture(SinchProvisioningWebhookConsumer.class.getName(), Level.DEBUG)) {
            HttpResponse<String> response = post(PATH, forged.body(), forged.headers());

            assertEquals(401, response.statusCode());
            assertEquals("Unauthorized", response.body(), "the answer does not say why");
            assertFalse(response.headers().map().keySet().stream().anyMatch(h -> h.startsWith("x-sinch")),
                    "no request header is echoed");
            assertEquals(0, receiverExchangesCreated.get(), "no exchange may be created");
            assertEquals(0, received.size());
            assertEquals(1, receiver().refusedCallbacks());
            assertEquals(1, receiver().refusedCallbacks(reason));
            assertEquals(1, log.lines().size(), () -> "one log line: " + log.lines());
            String line = log.lines().get(0);
            assertTrue(line.startsWith("WARN ") && line.contains(reason.name()), line);
            assertNoSecretIn(line, forged);
        }
    }

    @Test
    void onlyPostIsServed() throws Exception {
        HttpResponse<String> get = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(PATH))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals(0, receiverExchangesCreated.get());
    }

    @Test
    void aReplayedNonceIsRefusedAfterTheFirstUse() throws Exception {
        Map<String, String> headers = signed(SECRET, Instant.now().getEpochSecond());

        assertEquals(200, post(PATH, BODY, headers).statusCode());
        HttpResponse<String> replay = post(PATH, BODY, headers);

        assertEquals(401, replay.statusCode());
        assertEquals(1, receiverExchangesCreated.get(), "only the first one became an exchange");
        assertEquals(1, received.size());
        assertEquals(1, receiver().refusedCallbacks(RejectionReason.REPLAYED_NONCE));
    }

    @Test
    void duringARotationTheCurrentAndThePreviousSecretAreAccepted() throws Exception {
        long now = Instant.now().getEpochSecond();
        assertEquals(200, post(PATH, BODY, signed(SECRET, now)).statusCode());
        assertEquals(200, post(PATH, BODY, signed(OLD_SECRET, now)).statusCode());

        assertEquals(2, received.size());
        assertEquals(0, receiver().refusedCallbacks());
        assertEquals(1, receiver().callbacksSignedWithPreviousSecret());
        assertEquals(2, receiver().deliveredCallbacks());
    }

    @Test
    void aCorrectlySignedBodyThatIsNoEventIsABadRequestWithoutExchange() throws Exception {
        byte[] notJson = "this is not JSON".getBytes(StandardCharsets.UTF_8);
        byte[] noType = "{\"payload\":{}}".getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        assertEquals(400, post(PATH, notJson, TestSignatures.headers(SECRET, notJson, nonce(), now)).statusCode());
        assertEquals(400, post(PATH, noType, TestSignatures.headers(SECRET, noType, nonce(), now)).statusCode());

        assertEquals(0, receiverExchangesCreated.get());
        assertEquals(2, receiver().refusedCallbacks(RejectionReason.MALFORMED_EVENT));
    }

    private static Map<String, String> signed(String secret, long timestamp) {
        return TestSignatures.headers(secret, BODY, nonce(), timestamp);
    }

    private static Map<String, String> without(Map<String, String> headers, String name) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(name);
        return copy;
    }

    private static String nonce() {
        return java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase(Locale.ROOT);
    }

    private static void assertNoSecretIn(String line, Forged forged) {
        assertFalse(line.contains(SECRET) || line.contains(OLD_SECRET), line);
        String signature = forged.headers().get("x-sinch-webhook-signature");
        if (signature != null) {
            assertFalse(line.contains(signature), line);
        }
        assertFalse(line.contains("promo") || line.contains("payload"), "no body in the log: " + line);
    }
}
