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

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Correctly signed callbacks whose envelope the receiver cannot use, over real HTTP: each is answered 400, creates
 * no exchange, is counted under the reason that names the problem and logged with the field, never its value.
 * Bodies over maxBodySize are answered 413 before the signature is looked at.
 */
class MalformedCallbackTest extends WebhookTestSupport {

    private static final int MAX_BODY = 4_096;
    private static final AtomicInteger NONCES = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        startContext(c -> {});
        addReceiver("sinch-prov:webhook?webhookSecret=" + SECRET + "&maxBodySize=" + MAX_BODY);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("payload is a string", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":\"s1-TOKEN\"}",
                        RejectionReason.MALFORMED_PAYLOAD),
                Arguments.of("payload is a number", "{\"type\":\"WHATSAPP_TEMPLATE_APPROVED\",\"payload\":1}",
                        RejectionReason.MALFORMED_PAYLOAD),
                Arguments.of("payload missing", "{\"type\":\"WHATSAPP_TEMPLATE_APPROVED\"}",
                        RejectionReason.MALFORMED_PAYLOAD),
                Arguments.of("payload without id", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":"
                        + "{\"state\":\"ACTIVE\"}}", RejectionReason.MISSING_RESOURCE_ID),
                Arguments.of("id null", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":null}}",
                        RejectionReason.MISSING_RESOURCE_ID),
                Arguments.of("id empty", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"\"}}",
                        RejectionReason.MISSING_RESOURCE_ID),
                Arguments.of("id of wrong type", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":42}}",
                        RejectionReason.MALFORMED_RESOURCE_ID),
                Arguments.of("id absurdly long", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\""
                        + "s".repeat(2_000) + "\"}}", RejectionReason.MALFORMED_RESOURCE_ID),
                Arguments.of("id with CR LF", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":"
                        + "{\"id\":\"s1-TOKEN\\r\\nWARN forged line\"}}",
                        RejectionReason.MALFORMED_RESOURCE_ID),
                Arguments.of("type of wrong type",
                        "{\"type\":[\"WHATSAPP_SENDER_ACTIVE\"],\"payload\":{\"id\":\"s1\"}}",
                        RejectionReason.MALFORMED_EVENT),
                Arguments.of("comment of wrong type", "{\"type\":\"WHATSAPP_SENDER_COMMENT_ADDED\",\"payload\":"
                        + "{\"id\":\"s1\"},\"comment\":42}",
                        RejectionReason.MALFORMED_EVENT),
                Arguments.of("payload not fitting its model", "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":"
                        + "{\"id\":\"s1\",\"changes\":[1,2,3]}}",
                        RejectionReason.MALFORMED_PAYLOAD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void badRequestWithoutExchange(String name, String json, RejectionReason reason) throws Exception {
        try (LogCapture log = LogCapture.capture(SinchProvisioningWebhookConsumer.class.getName(), Level.DEBUG)) {
            HttpResponse<String> response = send(json);

            assertEquals(400, response.statusCode());
            assertEquals("Bad Request", response.body());
            assertEquals(0, receiverExchangesCreated.get(), "no exchange may be created");
            assertEquals(0, received.size());
            assertEquals(1, receiver().refusedCallbacks(reason));
            assertEquals(1, receiver().refusedCallbacks());
            assertEquals(1, log.lines().size(), () -> "one log line: " + log.lines());
            String line = log.lines().get(0);
            assertTrue(line.startsWith("WARN ") && line.contains(reason.name()), line);
            assertFalse(line.contains("TOKEN") || line.contains("forged") || line.contains("sss"),
                    "no value from the body: " + line);
            assertFalse(line.contains("\n") || line.contains("\r"), line);
        }
    }

    @Test
    void aWellFormedCallbackAfterMalformedOnesIsDelivered() throws Exception {
        assertEquals(400, send("{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":\"s1\"}").statusCode());
        assertEquals(200, send("{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s1\",\"state\":\"ACTIVE\"}}")
                .statusCode());

        assertEquals(1, received.size());
        assertEquals("s1", received.all().get(0).resourceId());
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItsSignatureIsChecked() throws Exception {
        String filler = "x".repeat(MAX_BODY);
        byte[] big = ("{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s1\",\"note\":\"" + filler + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> signed = TestSignatures.headers(SECRET, big, nonce(), Instant.now().getEpochSecond());

        HttpResponse<String> declared = post(PATH, big, signed);
        HttpResponse<String> chunked = postChunked(big, signed);
        HttpResponse<String> unsigned = post(PATH, big, Map.of());

        assertEquals(413, declared.statusCode());
        assertEquals("Content Too Large", declared.body());
        assertEquals(413, chunked.statusCode(), "without Content-Length the bytes are counted");
        assertEquals(413, unsigned.statusCode(), "the size is checked first");
        assertEquals(3, receiver().refusedCallbacks(RejectionReason.BODY_TOO_LARGE));
        assertEquals(0, receiver().refusedCallbacks(RejectionReason.MISSING_HEADER));
        assertEquals(0, receiverExchangesCreated.get());
    }

    @Test
    void aBodyAtTheLimitIsAccepted() throws Exception {
        String head = "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s1\",\"note\":\"";
        String tail = "\"}}";
        byte[] exact = (head + "x".repeat(MAX_BODY - head.length() - tail.length()) + tail)
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(MAX_BODY, exact.length);

        assertEquals(200, postChunked(exact, TestSignatures.headers(SECRET, exact, nonce(),
                Instant.now().getEpochSecond())).statusCode());
        assertEquals(1, received.size());
    }

    private HttpResponse<String> send(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return post(PATH, body, TestSignatures.headers(SECRET, body, nonce(), Instant.now().getEpochSecond()));
    }

    /** Sent without Content-Length (chunked transfer): only counting the bytes can find the size. */
    private HttpResponse<String> postChunked(byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(PATH)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String nonce() {
        return "MALFORMED-" + NONCES.incrementAndGet();
    }
}
