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
package io.github.camelsinch.provisioning.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.http.Json;

import java.util.List;
import java.util.Map;

/**
 * Request bodies with everything filled: every declared property, arrays with two items (one per alternative
 * when the items are a {@code oneOf}/{@code anyOf}), documented examples for scalars. Responses that echo such a
 * body carry every nested array the contract allows, so response validation sees them all; a minimal body leaves
 * them empty and lets a defect like a nested item without its required id slip through.
 */
public final class FullBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 16;
    /** Values for the contract's string patterns that have no example. */
    private static final Map<String, String> PATTERN_VALUES = Map.of(
            "^[a-z0-9][a-z0-9_]*[a-z0-9]$", "order_update",
            "^\\+?[\\d+\\s]{6,15}$", "+48777777777",
            "^(?:\\+|00)\\d{6,15}$", "+48777777777",
            "^\\d+$", "1234567890",
            "^\\d{2}-\\d{7}$", "12-3456789");

    private final Contract contract;
    private final SchemaView view;

    public FullBodies(Contract contract) {
        this.contract = contract;
        this.view = new SchemaView(contract);
    }

    /** The full body of an operation with {@code overrides} merged over it (a JSON null removes a field). */
    public String of(String operationId, String overrides) {
        return of(operationId, 0, overrides);
    }

    /** Like {@link #of(String, String)}, taking the {@code alternative}-th schema of a body that has several. */
    public String of(String operationId, int alternative, String overrides) {
        JsonNode schema = contract.operation(operationId).requestBody();
        if (schema == null) {
            throw new IllegalArgumentException(operationId + " takes no body");
        }
        JsonNode body = fill(schema, 0, alternative);
        if (overrides != null && body instanceof ObjectNode object) {
            Json.merge(object, Json.parse(overrides));
        }
        return body.toString();
    }

    private JsonNode fill(JsonNode schema, int depth, int variant) {
        JsonNode s = view.unwrap(schema);
        List<JsonNode> alternatives = view.alternatives(s);
        if (!alternatives.isEmpty()) {
            // Item i of an array takes alternative i; nested alternatives rotate with what is left of i.
            return fill(alternatives.get(variant % alternatives.size()), depth + 1, variant / alternatives.size());
        }
        if (s.has("enum")) {
            List<JsonNode> values = usable(s.get("enum"));
            return values.get(variant % values.size()).deepCopy();
        }
        String type = view.type(s);
        if (type == null || depth > MAX_DEPTH) {
            return NODES.objectNode();
        }
        return switch (type) {
            case "object" -> object(s, depth);
            case "array" -> array(s, depth);
            case "integer", "number" -> s.has("example") ? s.get("example").deepCopy()
                    : NODES.numberNode(s.has("minimum") ? s.get("minimum").asLong() + variant : 1 + variant);
            case "boolean" -> s.has("example") ? s.get("example").deepCopy() : NODES.booleanNode(true);
            default -> NODES.textNode(string(s, variant));
        };
    }

    /** Enum values a client would send ({@code UNRECOGNIZED} only exists in responses). */
    private static List<JsonNode> usable(JsonNode values) {
        List<JsonNode> out = new java.util.ArrayList<>();
        values.forEach(v -> {
            if (!"UNRECOGNIZED".equals(v.asText())) {
                out.add(v);
            }
        });
        return out.isEmpty() ? List.of(values.get(0)) : out;
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode out = NODES.objectNode();
        view.properties(schema).forEach((name, prop) -> {
            if (!contract.resolve(prop).path("readOnly").asBoolean(false)) {
                out.set(name, fill(prop, depth + 1, 0));
            }
        });
        return out;
    }

    private ArrayNode array(JsonNode schema, int depth) {
        JsonNode items = schema.path("items");
        int alternatives = view.alternatives(view.unwrap(items)).size();
        int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
        int count = Math.min(max, Math.max(schema.path("minItems").asInt(0), Math.max(2, alternatives)));
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            JsonNode item = fill(items, depth + 1, i);
            if (schema.path("uniqueItems").asBoolean(false) && contains(out, item)) {
                break;
            }
            out.add(item);
        }
        return out;
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode existing : array) {
            if (existing.equals(item)) {
                return true;
            }
        }
        return false;
    }

    private static String string(JsonNode s, int variant) {
        String suffix = variant == 0 ? "" : Integer.toString(variant);
        String pattern = s.path("pattern").asText(null);
        if (s.has("example") && s.get("example").isTextual()) {
            String example = s.get("example").asText();
            if (pattern == null || example.matches(pattern)) {
                return bounded(s, example);
            }
        }
        if (pattern != null) {
            String value = PATTERN_VALUES.get(pattern);
            if (value == null) {
                throw new IllegalStateException("No value known for pattern " + pattern);
            }
            return bounded(s, value);
        }
        return switch (s.path("format").asText("")) {
            case "date-time" -> "2024-01-01T00:00:00.000Z";
            case "uri" -> "https://example.com/hook" + suffix;
            case "email" -> "user" + suffix + "@example.com";
            default -> bounded(s, "Value" + suffix);
        };
    }

    private static String bounded(JsonNode s, String value) {
        int min = s.path("minLength").asInt(0);
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        String out = value.length() < min ? value + "x".repeat(min - value.length()) : value;
        return out.length() > max ? out.substring(0, max) : out;
    }
}
