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

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the signature of a Provisioning API callback. Pure: the raw body, the request headers and the current
 * time in, a verdict out; no clock, no state (the nonce replay cache is the caller's, and only for accepted
 * verdicts, so unsigned requests cannot fill it).
 * <p>
 * The scheme, as the contract records it ({@code x-signing-scheme}, an open point: Sinch documents it for its other
 * callback APIs, not for Provisioning):
 * {@code x-sinch-webhook-signature = Base64(HMAC-SHA256(secret, rawBody + "." + nonce + "." + timestamp))}, with
 * the nonce and the timestamp (epoch seconds) in {@code x-sinch-webhook-signature-nonce} and
 * {@code -timestamp} and the algorithm named in {@code -algorithm}.
 * <p>
 * Rules (reliability guide, item 16): the algorithm is fixed by configuration and a request naming another one is
 * refused (the request never chooses); comparison in constant time ({@link MessageDigest#isEqual}); the timestamp
 * must lie within the tolerance on both sides of now; during a secret rotation both secrets are tried, always both,
 * so the time taken does not tell which one matched.
 */
final class WebhookSignatureVerifier {

    public static final String SIGNATURE_HEADER = "x-sinch-webhook-signature";
    public static final String ALGORITHM_HEADER = "x-sinch-webhook-signature-algorithm";
    public static final String NONCE_HEADER = "x-sinch-webhook-signature-nonce";
    public static final String TIMESTAMP_HEADER = "x-sinch-webhook-signature-timestamp";

    /** The only algorithm of the allow-list: the one the contract names. */
    public static final String HMAC_SHA256 = "HmacSHA256";

    /** Longer nonces are refused: the replay cache keeps each one for the whole window. */
    static final int MAX_NONCE_LENGTH = 128;

    // Epoch seconds: digits only (no sign, no fraction), at most 12 so the arithmetic below cannot overflow.
    private static final Pattern EPOCH_SECONDS = Pattern.compile("[0-9]{1,12}");

    private final String algorithm;
    private final Duration tolerance;
    private final List<SecretKeySpec> keys;

    /**
     * @param algorithm      must be {@value #HMAC_SHA256}
     * @param tolerance      how far a timestamp may lie from now, either way
     * @param currentSecret  the webhook's secret; required (fail closed)
     * @param previousSecret the secret being rotated out, or null
     */
    public WebhookSignatureVerifier(String algorithm, Duration tolerance, String currentSecret,
                                    String previousSecret) {
        if (!HMAC_SHA256.equals(algorithm)) {
            throw new IllegalArgumentException("Unsupported webhook signature algorithm '" + algorithm
                    + "': the only supported algorithm is " + HMAC_SHA256);
        }
        if (tolerance == null || tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("timestampTolerance must be positive");
        }
        if (currentSecret == null || currentSecret.isEmpty()) {
            throw new IllegalArgumentException("webhookSecret is required: callbacks cannot be verified without it");
        }
        this.algorithm = algorithm;
        this.tolerance = tolerance;
        List<SecretKeySpec> secrets = new ArrayList<>();
        secrets.add(key(currentSecret));
        if (previousSecret != null && !previousSecret.isEmpty()) {
            secrets.add(key(previousSecret));
        }
        this.keys = List.copyOf(secrets);
    }

    /**
     * @param rawBody the request body exactly as received (no re-encoding: one changed byte breaks the signature)
     * @param headers the request headers, names in any case; a value may be a String or a one-element collection
     * @param now     the time to check the timestamp against
     */
    public SignatureVerdict verify(byte[] rawBody, Map<String, ?> headers, Instant now) {
        Map<String, String> h = singleValued(headers);
        String signature = h.get(SIGNATURE_HEADER);
        String requestAlgorithm = h.get(ALGORITHM_HEADER);
        String nonce = h.get(NONCE_HEADER);
        String timestamp = h.get(TIMESTAMP_HEADER);
        if (signature == null || requestAlgorithm == null || nonce == null || timestamp == null) {
            return SignatureVerdict.rejected(RejectionReason.MISSING_HEADER);
        }
        // Case-insensitive because the name is only checked, never used to pick the MAC.
        if (!algorithm.toLowerCase(Locale.ROOT).equals(requestAlgorithm.trim().toLowerCase(Locale.ROOT))) {
            return SignatureVerdict.rejected(RejectionReason.UNSUPPORTED_ALGORITHM);
        }
        if (!EPOCH_SECONDS.matcher(timestamp).matches() || nonce.length() > MAX_NONCE_LENGTH) {
            return SignatureVerdict.rejected(RejectionReason.MALFORMED_HEADER);
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (signedAt.isBefore(now.minus(tolerance))) {
            return SignatureVerdict.rejected(RejectionReason.STALE_TIMESTAMP);
        }
        if (signedAt.isAfter(now.plus(tolerance))) {
            return SignatureVerdict.rejected(RejectionReason.FUTURE_TIMESTAMP);
        }
        byte[] presented = decode(signature);
        // The timestamp is signed as sent (its digits), not as re-formatted from the parsed number.
        byte[] suffix = ("." + nonce + "." + timestamp).getBytes(StandardCharsets.UTF_8);
        boolean[] matches = new boolean[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            matches[i] = MessageDigest.isEqual(presented, mac(keys.get(i), rawBody, suffix));
        }
        if (matches[0]) {
            return SignatureVerdict.accepted(nonce, signedAt, false);
        }
        if (matches.length > 1 && matches[1]) {
            return SignatureVerdict.accepted(nonce, signedAt, true);
        }
        return SignatureVerdict.rejected(RejectionReason.SIGNATURE_MISMATCH);
    }

    public Duration tolerance() {
        return tolerance;
    }

    private static Map<String, String> singleValued(Map<String, ?> headers) {
        Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers == null) {
            return values;
        }
        for (String name : List.of(SIGNATURE_HEADER, ALGORITHM_HEADER, NONCE_HEADER, TIMESTAMP_HEADER)) {
            String value = single(find(headers, name));
            if (value != null && !value.isBlank()) {
                values.put(name, value.trim());
            }
        }
        return values;
    }

    private static Object find(Map<String, ?> headers, String name) {
        Object exact = headers.get(name);
        if (exact != null) {
            return exact;
        }
        Object found = null;
        for (Map.Entry<String, ?> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                if (found != null) {
                    return List.of(found, e.getValue()); // two spellings of one header: ambiguous
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /** A repeated header is treated as absent: which copy was signed is not ours to guess. */
    private static String single(Object value) {
        if (value instanceof Collection<?> values) {
            return values.size() == 1 ? single(values.iterator().next()) : null;
        }
        return value == null ? null : value.toString();
    }

    /** Undecodable input compares as an empty array, which no MAC equals. */
    private static byte[] decode(String signature) {
        try {
            return Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256);
    }

    private static byte[] mac(SecretKeySpec key, byte[] rawBody, byte[] suffix) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(key);
            mac.update(rawBody == null ? new byte[0] : rawBody);
            mac.update(suffix);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC_SHA256 + " is required by every Java platform", e);
        }
    }
}
