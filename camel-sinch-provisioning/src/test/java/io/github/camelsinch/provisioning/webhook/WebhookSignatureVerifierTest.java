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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test vectors of the callback signature check: the pure verifier, no HTTP. */
class WebhookSignatureVerifierTest {

    private static final String SECRET = "whsec-test-3f9a1c";
    private static final String OLD_SECRET = "whsec-old-77b2e0";
    private static final Duration TOLERANCE = Duration.ofSeconds(300);
    private static final byte[] BODY =
            ("{\"type\":\"WHATSAPP_TEMPLATE_APPROVED\",\"payload\":{\"name\":\"order_update\","
                    + "\"language\":\"EN\",\"state\":\"APPROVED\"}}")
                    .getBytes(StandardCharsets.UTF_8);
    private static final String NONCE = "01EAW2BNWCG9DC13RS582V0ZQ3";
    private static final long TIMESTAMP = 1592227387L;
    private static final Instant NOW = Instant.ofEpochSecond(TIMESTAMP + 20);

    private final WebhookSignatureVerifier verifier =
            new WebhookSignatureVerifier("HmacSHA256", TOLERANCE, SECRET, null);

    @Test
    void fixedVector() {
        // Computed outside Java: python3 hmac.new(secret, body + b"." + nonce + b"." + ts, sha256), Base64.
        String expected = "JPSxK1iCibnKhD7kJaPe+rgV+lWIQzNs4T32bzLtTdU=";
        assertEquals(expected, TestSignatures.sign("HmacSHA256", SECRET, BODY, NONCE, "" + TIMESTAMP));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-sinch-webhook-signature", expected);
        headers.put("x-sinch-webhook-signature-algorithm", "HmacSHA256");
        headers.put("x-sinch-webhook-signature-nonce", NONCE);
        headers.put("x-sinch-webhook-signature-timestamp", "1592227387");

        SignatureVerdict verdict = verifier.verify(BODY, headers, NOW);

        assertTrue(verdict.isAccepted(), () -> "rejected: " + verdict.rejection());
        assertEquals(NONCE, verdict.nonce());
        assertEquals(Instant.ofEpochSecond(TIMESTAMP), verdict.signedAt());
        assertFalse(verdict.previousSecret());
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of("tampered body", (UnaryOperator<Map<String, String>>) h -> h,
                        "{\"type\":\"WHATSAPP_TEMPLATE_REJECTED\"}".getBytes(StandardCharsets.UTF_8),
                        RejectionReason.SIGNATURE_MISMATCH),
                Arguments.of("one byte appended", id(), (new String(BODY, StandardCharsets.UTF_8) + " ")
                        .getBytes(StandardCharsets.UTF_8), RejectionReason.SIGNATURE_MISMATCH),
                Arguments.of("wrong secret", replace("x-sinch-webhook-signature",
                        TestSignatures.sign("HmacSHA256", "another-secret", BODY, NONCE, "" + TIMESTAMP)), BODY,
                        RejectionReason.SIGNATURE_MISMATCH),
                Arguments.of("signature not Base64", replace("x-sinch-webhook-signature", "%%%not-base64%%%"), BODY,
                        RejectionReason.SIGNATURE_MISMATCH),
                Arguments.of("nonce changed after signing", replace("x-sinch-webhook-signature-nonce", "OTHER"), BODY,
                        RejectionReason.SIGNATURE_MISMATCH),
                Arguments.of("timestamp changed after signing",
                        replace("x-sinch-webhook-signature-timestamp", "" + (TIMESTAMP + 1)), BODY,
                        RejectionReason.SIGNATURE_MISMATCH),
                Arguments.of("no signature", remove("x-sinch-webhook-signature"), BODY,
                        RejectionReason.MISSING_HEADER),
                Arguments.of("no algorithm", remove("x-sinch-webhook-signature-algorithm"), BODY,
                        RejectionReason.MISSING_HEADER),
                Arguments.of("no nonce", remove("x-sinch-webhook-signature-nonce"), BODY,
                        RejectionReason.MISSING_HEADER),
                Arguments.of("no timestamp", remove("x-sinch-webhook-signature-timestamp"), BODY,
                        RejectionReason.MISSING_HEADER),
                Arguments.of("blank signature", replace("x-sinch-webhook-signature", " "), BODY,
                        RejectionReason.MISSING_HEADER),
                Arguments.of("timestamp in milliseconds",
                        replace("x-sinch-webhook-signature-timestamp", "" + TIMESTAMP * 1000), BODY,
                        RejectionReason.MALFORMED_HEADER),
                Arguments.of("timestamp not a number", replace("x-sinch-webhook-signature-timestamp", "yesterday"),
                        BODY, RejectionReason.MALFORMED_HEADER),
                Arguments.of("negative timestamp", replace("x-sinch-webhook-signature-timestamp", "-5"), BODY,
                        RejectionReason.MALFORMED_HEADER),
                Arguments.of("nonce of 129 characters", replace("x-sinch-webhook-signature-nonce", "N".repeat(129)),
                        BODY, RejectionReason.MALFORMED_HEADER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String name, UnaryOperator<Map<String, String>> edit, byte[] body, RejectionReason reason) {
        Map<String, String> headers = edit.apply(TestSignatures.headers(SECRET, BODY, NONCE, TIMESTAMP));
        SignatureVerdict verdict = verifier.verify(body, headers, NOW);
        assertEquals(reason, verdict.rejection());
        assertNull(verdict.nonce(), "a rejected verdict carries nothing for the replay cache");
    }

    @Test
    void aRequestNamingAnotherAlgorithmIsRejectedWhateverItSigned() {
        // HMAC-SHA1 signed and named: refused for the name, never verified with SHA-1.
        Map<String, String> sha1 = TestSignatures.headers("HmacSHA1", "HmacSHA1", SECRET, BODY, NONCE, "" + TIMESTAMP);
        assertEquals("14t2c7NB8+VU0tWYfVpYetZl8xQ=", sha1.get("x-sinch-webhook-signature")); // python3 hmac, sha1
        assertEquals(RejectionReason.UNSUPPORTED_ALGORITHM, verifier.verify(BODY, sha1, NOW).rejection());
        // A valid SHA-256 signature does not help a request that names SHA-1 either.
        Map<String, String> named = TestSignatures.headers("HmacSHA256", "HmacSHA1", SECRET, BODY, NONCE,
                "" + TIMESTAMP);
        assertEquals(RejectionReason.UNSUPPORTED_ALGORITHM, verifier.verify(BODY, named, NOW).rejection());
        Map<String, String> none = TestSignatures.headers("HmacSHA256", "none", SECRET, BODY, NONCE, "" + TIMESTAMP);
        assertEquals(RejectionReason.UNSUPPORTED_ALGORITHM, verifier.verify(BODY, none, NOW).rejection());
    }

    @Test
    void theAlgorithmNameIsComparedWithoutCase() {
        Map<String, String> headers = TestSignatures.headers("HmacSHA256", "HMACSHA256", SECRET, BODY, NONCE,
                "" + TIMESTAMP);
        assertTrue(verifier.verify(BODY, headers, NOW).isAccepted());
    }

    @Test
    void timestampsOutsideTheWindowAreRejectedOnBothSides() {
        Map<String, String> headers = TestSignatures.headers(SECRET, BODY, NONCE, TIMESTAMP);
        Instant signed = Instant.ofEpochSecond(TIMESTAMP);
        assertTrue(verifier.verify(BODY, headers, signed.plus(TOLERANCE)).isAccepted(), "300 s old: inside");
        assertTrue(verifier.verify(BODY, headers, signed.minus(TOLERANCE)).isAccepted(), "300 s ahead: inside");
        assertEquals(RejectionReason.STALE_TIMESTAMP,
                verifier.verify(BODY, headers, signed.plus(TOLERANCE).plusSeconds(1)).rejection());
        assertEquals(RejectionReason.FUTURE_TIMESTAMP,
                verifier.verify(BODY, headers, signed.minus(TOLERANCE).minusSeconds(1)).rejection());
    }

    @Test
    void headerNamesAreMatchedInAnyCaseAndARepeatedHeaderCountsAsMissing() {
        Map<String, Object> upper = new LinkedHashMap<>();
        TestSignatures.headers(SECRET, BODY, NONCE, TIMESTAMP)
                .forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
        assertTrue(verifier.verify(BODY, upper, NOW).isAccepted());

        Map<String, Object> listed = new LinkedHashMap<>(TestSignatures.headers(SECRET, BODY, NONCE, TIMESTAMP));
        listed.put("x-sinch-webhook-signature", List.of(listed.get("x-sinch-webhook-signature")));
        assertTrue(verifier.verify(BODY, listed, NOW).isAccepted(), "a one-element list is the value");

        String good = (String) listed.get("x-sinch-webhook-signature-nonce");
        listed.put("x-sinch-webhook-signature-nonce", List.of(good, "ANOTHER"));
        assertEquals(RejectionReason.MISSING_HEADER, verifier.verify(BODY, listed, NOW).rejection());
    }

    @Test
    void duringARotationBothSecretsAreAcceptedAndThePreviousOneIsReported() {
        WebhookSignatureVerifier rotating = new WebhookSignatureVerifier("HmacSHA256", TOLERANCE, SECRET, OLD_SECRET);
        SignatureVerdict current = rotating.verify(BODY, TestSignatures.headers(SECRET, BODY, NONCE, TIMESTAMP), NOW);
        SignatureVerdict previous = rotating.verify(BODY, TestSignatures.headers(OLD_SECRET, BODY, NONCE, TIMESTAMP),
                NOW);
        assertTrue(current.isAccepted());
        assertFalse(current.previousSecret());
        assertTrue(previous.isAccepted());
        assertTrue(previous.previousSecret());

        // Without the rotation setting the old secret is just a wrong one.
        assertEquals(RejectionReason.SIGNATURE_MISMATCH,
                verifier.verify(BODY, TestSignatures.headers(OLD_SECRET, BODY, NONCE, TIMESTAMP), NOW).rejection());
    }

    @Test
    void failsClosedWithoutASecretAndAcceptsNoOtherAlgorithm() {
        assertThrows(IllegalArgumentException.class,
                () -> new WebhookSignatureVerifier("HmacSHA256", TOLERANCE, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new WebhookSignatureVerifier("HmacSHA256", TOLERANCE, "", OLD_SECRET));
        IllegalArgumentException sha1 = assertThrows(IllegalArgumentException.class,
                () -> new WebhookSignatureVerifier("HmacSHA1", TOLERANCE, SECRET, null));
        assertTrue(sha1.getMessage().contains("HmacSHA256"), sha1.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new WebhookSignatureVerifier("HmacSHA256", Duration.ZERO, SECRET, null));
    }

    @Test
    void anEmptyBodyIsSignedLikeAnyOther() {
        byte[] empty = new byte[0];
        assertTrue(verifier.verify(empty, TestSignatures.headers(SECRET, empty, NONCE, TIMESTAMP), NOW).isAccepted());
        assertEquals(RejectionReason.SIGNATURE_MISMATCH,
                verifier.verify(BODY, TestSignatures.headers(SECRET, empty, NONCE, TIMESTAMP), NOW).rejection());
    }

    private static UnaryOperator<Map<String, String>> id() {
        return h -> h;
    }

    private static UnaryOperator<Map<String, String>> replace(String header, String value) {
        return h -> {
            h.put(header, value);
            return h;
        };
    }

    private static UnaryOperator<Map<String, String>> remove(String header) {
        return h -> {
            h.remove(header);
            return h;
        };
    }
}
