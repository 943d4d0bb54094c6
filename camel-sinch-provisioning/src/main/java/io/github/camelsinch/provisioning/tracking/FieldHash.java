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
package io.github.camelsinch.provisioning.tracking;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * A short, order-independent hash of a JSON value. The state keeps hashes of watched fields rather than their
 * JSON, so a resource's stored fingerprint stays a few dozen bytes however large the watched field is.
 */
final class FieldHash {

    /** The hash of an absent field, so "absent" and "null" are told apart from any real value. */
    static final String ABSENT = "-";

    private FieldHash() {
    }

    /** Eight hex characters (32 bits) of SHA-256 over a canonical form: object keys sorted. */
    static String of(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return ABSENT;
        }
        MessageDigest digest = sha256();
        feed(digest, value);
        return HexFormat.of().formatHex(digest.digest(), 0, 4);
    }

    /** {@code 2 * bytes} hex characters of SHA-256 over the text. */
    static String ofText(String text, int bytes) {
        MessageDigest digest = sha256();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, bytes);
    }

    // Sorted keys: the API may send the same object with its fields in another order, which is no change.
    private static void feed(MessageDigest digest, JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            digest.update((byte) '{');
            for (String name : names) {
                digest.update(quoted(name));
                digest.update((byte) ':');
                feed(digest, node.get(name));
                digest.update((byte) ',');
            }
            digest.update((byte) '}');
        } else if (node.isArray()) {
            digest.update((byte) '[');
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                feed(digest, it.next());
                digest.update((byte) ',');
            }
            digest.update((byte) ']');
        } else {
            digest.update(node.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] quoted(String name) {
        return ("\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
