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
package io.github.camelsinch.provisioning.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes the secrets a call knows from text a server sent back: an error body may echo the request's
 * Authorization header or body, and that text goes into exception messages and Camel's ERROR log. Pattern-based
 * redaction only finds secrets behind a telling name; this finds the known values wherever they are.
 */
final class SecretScrubber {

    /** Shorter values would mask ordinary words; real keys, tokens and webhook secrets are far longer. */
    private static final int MIN_SECRET_LENGTH = 6;

    private final List<String> secrets;

    private SecretScrubber(Set<String> values) {
        List<String> list = new ArrayList<>();
        for (String value : values) {
            addForms(list, value);
        }
        list.sort(Comparator.comparingInt(String::length).reversed()); // longest first: no half-masked leftovers
        this.secrets = List.copyOf(list);
    }

    /**
     * The secrets of one attempt: the Authorization header sent (bearer token or Basic credentials, whose plain
     * {@code keyId:keySecret} form is added), the key secret, and the values of secret-named fields of the JSON
     * request body (webhook secrets, WhatsApp tokens).
     */
    static SecretScrubber forAttempt(ClientSettings settings, String authorization, byte[] body) {
        Set<String> values = new LinkedHashSet<>();
        values.add(settings.keySecret());
        if (settings.keyId() != null && settings.keySecret() != null) {
            values.add(settings.keyId() + ":" + settings.keySecret());
        }
        if (authorization != null) {
            values.add(authorization);
            int space = authorization.indexOf(' ');
            if (space > 0) {
                String credential = authorization.substring(space + 1);
                values.add(credential);
                decodeBasic(credential, values);
            }
        }
        bodySecrets(body, values);
        return new SecretScrubber(values);
    }

    /** The text with every known secret replaced by {@value Redaction#MASK}; null stays null. */
    String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            if (result.contains(secret)) {
                result = result.replace(secret, Redaction.MASK);
            }
        }
        return result;
    }

    private static void addForms(List<String> list, String value) {
        if (value == null || value.length() < MIN_SECRET_LENGTH) {
            return;
        }
        addOnce(list, value);
        addOnce(list, URLEncoder.encode(value, StandardCharsets.UTF_8));
        addOnce(list, jsonEscaped(value));
        addOnce(list, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static String jsonEscaped(String value) {
        try {
            String quoted = ErrorResponses.JSON.writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (IOException e) {
            return value;
        }
    }

    private static void decodeBasic(String credential, Set<String> values) {
        try {
            values.add(new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            // a bearer token: nothing to decode
        }
    }

    private static void bodySecrets(byte[] body, Set<String> values) {
        if (body == null || body.length == 0) {
            return;
        }
        try {
            collect(ErrorResponses.JSON.readTree(body), false, values);
        } catch (IOException notJson) {
            // a non-JSON body carries no named secrets we could find
        }
    }

    private static void collect(JsonNode node, boolean secret, Set<String> values) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(f -> collect(f.getValue(), secret || Redaction.isSecretName(f.getKey()), values));
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, secret, values));
        } else if (secret && node.isValueNode()) {
            values.add(node.asText());
        }
    }
}
