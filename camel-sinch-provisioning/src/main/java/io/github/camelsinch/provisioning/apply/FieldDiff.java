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
package io.github.camelsinch.provisioning.apply;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The field paths where a declaration and a resource as the API returns it differ. Only what is declared is compared:
 * the API adds fields of its own (ids, states, timestamps, defaults), and those are not drift. An explicit JSON
 * {@code null} in a declaration means "absent", so clearing an optional field is a declared change.
 * <p>
 * Arrays are compared by position (WhatsApp components are an ordered list) unless their path is in the unordered
 * set (the contract's {@code uniqueItems} arrays, such as webhook triggers, whose order the API does not keep).
 * Numbers compare by value ({@code 600} equals {@code 600.0}).
 */
final class FieldDiff {

    private FieldDiff() {
    }

    /**
     * @param unordered array paths without indices (e.g. {@code triggers}, {@code details.buttons}) compared as sets
     * @return the differing field paths, e.g. {@code details.components[1].text}; empty when the declaration holds
     */
    static List<String> differences(JsonNode declared, JsonNode current, Set<String> unordered) {
        List<String> out = new ArrayList<>();
        compareObject(declared, current, "", unordered, out);
        return out;
    }

    private static void compareObject(JsonNode declared, JsonNode current, String prefix, Set<String> unordered,
                                      List<String> out) {
        declared.fields().forEachRemaining(e -> compare(e.getValue(), current == null ? null : current.get(e.getKey()),
                prefix + e.getKey(), unordered, out));
    }

    private static void compare(JsonNode declared, JsonNode current, String path, Set<String> unordered,
                                List<String> out) {
        if (declared == null || declared.isNull()) {
            if (!absent(current)) {
                out.add(path);
            }
            return;
        }
        if (absent(current)) {
            out.add(path);
            return;
        }
        if (declared.isObject()) {
            if (current.isObject()) {
                compareObject(declared, current, path + ".", unordered, out);
            } else {
                out.add(path);
            }
            return;
        }
        if (declared.isArray()) {
            if (!current.isArray() || declared.size() != current.size()) {
                out.add(path);
            } else if (unordered.contains(withoutIndices(path))) {
                if (!sameElements(declared, current, path, unordered)) {
                    out.add(path);
                }
            } else {
                for (int i = 0; i < declared.size(); i++) {
                    compare(declared.get(i), current.get(i), path + "[" + i + "]", unordered, out);
                }
            }
            return;
        }
        if (!sameScalar(declared, current)) {
            out.add(path);
        }
    }

    /** Every declared element holds in a distinct current element (the sizes are equal). */
    private static boolean sameElements(JsonNode declared, JsonNode current, String path, Set<String> unordered) {
        boolean[] used = new boolean[current.size()];
        for (JsonNode d : declared) {
            boolean found = false;
            for (int i = 0; i < current.size() && !found; i++) {
                if (!used[i]) {
                    List<String> inner = new ArrayList<>();
                    compare(d, current.get(i), path + "[]", unordered, inner);
                    if (inner.isEmpty()) {
                        used[i] = true;
                        found = true;
                    }
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameScalar(JsonNode declared, JsonNode current) {
        if (declared.isNumber() && current.isNumber()) {
            return declared.decimalValue().compareTo(current.decimalValue()) == 0;
        }
        return declared.equals(current);
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String withoutIndices(String path) {
        return path.replaceAll("\\[\\d*]", "");
    }
}
