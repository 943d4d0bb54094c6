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
package io.github.camelsinch.provisioning.simulator.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs callbacks the way Sinch signs its callback APIs:
 * {@code Base64(HMAC-SHA256(secret, rawBody + "." + nonce + "." + timestamp))}, sent with the headers below.
 */
public final class WebhookSigner {

    public static final String SIGNATURE = "x-sinch-webhook-signature";
    public static final String ALGORITHM = "x-sinch-webhook-signature-algorithm";
    public static final String NONCE = "x-sinch-webhook-signature-nonce";
    public static final String TIMESTAMP = "x-sinch-webhook-signature-timestamp";
    public static final String HMAC_SHA256 = "HmacSHA256";

    private WebhookSigner() {
    }

    public static String sign(String secret, byte[] rawBody, String nonce, long timestamp) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
            mac.update(rawBody);
            mac.update(("." + nonce + "." + timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
