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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The test side's own signer, written from the scheme with javax.crypto (not with the code under test):
 * Base64(HMAC(secret, rawBody + "." + nonce + "." + timestamp)).
 */
final class TestSignatures {

    private TestSignatures() {
    }

    static String sign(String macAlgorithm, String secret, byte[] body, String nonce, String timestamp) {
        try {
            Mac mac = Mac.getInstance(macAlgorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), macAlgorithm));
            mac.update(body);
            mac.update(("." + nonce + "." + timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The four headers of a callback signed with HmacSHA256. */
    static Map<String, String> headers(String secret, byte[] body, String nonce, long timestamp) {
        return headers("HmacSHA256", "HmacSHA256", secret, body, nonce, Long.toString(timestamp));
    }

    /** The four headers, with the algorithm the MAC uses and the one the header names chosen separately. */
    static Map<String, String> headers(String macAlgorithm, String namedAlgorithm, String secret, byte[] body,
                                       String nonce, String timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-sinch-webhook-signature", sign(macAlgorithm, secret, body, nonce, timestamp));
        headers.put("x-sinch-webhook-signature-algorithm", namedAlgorithm);
        headers.put("x-sinch-webhook-signature-nonce", nonce);
        headers.put("x-sinch-webhook-signature-timestamp", timestamp);
        return headers;
    }
}
