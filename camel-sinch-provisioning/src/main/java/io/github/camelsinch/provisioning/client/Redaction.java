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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets before a body or header reaches a DEBUG/TRACE log line. Bodies carry third-party secrets (the
 * OAuth access token, WhatsApp system-user tokens, webhook secrets), so nothing is logged without passing here.
 */
final class Redaction {

    public static final String MASK = "***";

    private static final List<String> SECRET_NAME_PARTS =
            List.of("token", "secret", "password", "authorization", "apikey", "accesstoken");
    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
    /** Fallback for text that is not valid JSON (truncated, form-encoded): "name": "value" and name=value. */
    private static final Pattern JSON_STRING_FIELD =
            Pattern.compile("\"([^\"\\\\]{1,100})\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"");
    /**
     * An Authorization value in any text ({@code Authorization: Bearer x}, {@code Authorization=Basic x}): the
     * scheme word and the credential after it are both masked, not just the first word.
     */
    private static final Pattern AUTHORIZATION_VALUE = Pattern.compile(
            "(?i)((?:proxy-)?authorization\"?\\s{0,10}[:=]\\s{0,10}\"?)(?:[A-Za-z][A-Za-z0-9-]{0,20}[ \\t]+)?[^\\s\"&,;]+");
    private static final Pattern FORM_FIELD = Pattern.compile("(^|[&?\\s])([A-Za-z0-9_.\\-]{1,100})=([^&\\s]*)");

    private Redaction() {
    }

    /** True when a field or header name looks like it holds a secret; '_' and '-' are ignored (api_key). */
    public static boolean isSecretName(String name) {
        String normalised = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return SECRET_NAME_PARTS.stream().anyMatch(normalised::contains);
    }

    /** The JSON text with every secret-named field's value replaced by {@value #MASK}; non-JSON text best effort. */
    public static String json(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        try {
            JsonNode tree = ErrorResponses.JSON.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                return redactLoosely(text);
            }
            mask(tree);
            return authorizationValues(ErrorResponses.JSON.writeValueAsString(tree)); // echoed headers in text
        } catch (JsonProcessingException notJson) {
            return redactLoosely(text);
        }
    }

    /** Same as {@link #json(String)} for a UTF-8 body. */
    public static String json(byte[] body) {
        return body == null ? null : json(new String(body, StandardCharsets.UTF_8));
    }

    /** The header value, or {@value #MASK} for credential-bearing headers. */
    public static String header(String name, String value) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || isSecretName(name) ? MASK : value;
    }

    /** Masks whole values of secret-named fields (objects too: a "credentials" object is all secret). */
    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> secretFields = new java.util.ArrayList<>();
            object.properties().forEach(field -> {
                if (isSecretName(field.getKey()) && !field.getValue().isNull()) {
                    secretFields.add(field.getKey());
                } else {
                    mask(field.getValue());
                }
            });
            secretFields.forEach(name -> object.put(name, MASK));
        } else if (node instanceof ArrayNode array) {
            array.forEach(Redaction::mask);
        }
    }

    private static String redactLoosely(String text) {
        String masked = replace(JSON_STRING_FIELD, authorizationValues(text), m -> isSecretName(m.group(1))
                ? "\"" + m.group(1) + "\":\"" + MASK + "\"" : m.group());
        return replace(FORM_FIELD, masked, m -> isSecretName(m.group(2))
                ? m.group(1) + m.group(2) + "=" + MASK : m.group());
    }

    /** Masks every Authorization value, scheme and credential alike. */
    public static String authorizationValues(String text) {
        return text == null ? null : replace(AUTHORIZATION_VALUE, text, m -> m.group(1) + MASK);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> fn) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(fn.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
