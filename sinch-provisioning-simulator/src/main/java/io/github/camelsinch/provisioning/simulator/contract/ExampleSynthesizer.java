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

import java.util.Map;

/**
 * Builds the smallest value that satisfies a schema, for the few responses the contract documents without an
 * example (Messenger and Viber channel info, suggested usernames, template lists). Property-level {@code example}
 * values are used where present, so synthesized bodies still read like the documentation.
 */
public final class ExampleSynthesizer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 12;

    private final SchemaView view;

    public ExampleSynthesizer(Contract contract) {
        this.view = new SchemaView(contract);
    }

    public JsonNode synthesize(JsonNode schema) {
        return synthesize(schema, 0);
    }

    private JsonNode synthesize(JsonNode schema, int depth) {
        JsonNode s = view.unwrap(schema);
        if (s.has("example")) {
            return s.get("example").deepCopy();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0).deepCopy();
        }
        if (!view.alternatives(s).isEmpty()) {
            return synthesize(view.alternatives(s).get(0), depth + 1);
        }
        String type = view.type(s);
        if (type == null || depth > MAX_DEPTH) {
            return NODES.objectNode();
        }
        return switch (type) {
            case "object" -> object(s, depth);
            case "array" -> array(s, depth);
            case "integer", "number" -> NODES.numberNode(s.path("minimum").asLong(0));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.textNode(string(s));
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode out = NODES.objectNode();
        Map<String, JsonNode> props = view.properties(schema);
        for (String name : view.required(schema)) {
            JsonNode prop = props.get(name);
            out.set(name, prop == null ? NODES.textNode(name) : synthesize(prop, depth + 1));
        }
        return out;
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode out = NODES.arrayNode();
        int items = Math.max(1, schema.path("minItems").asInt(0));
        for (int i = 0; i < items; i++) {
            out.add(synthesize(schema.path("items"), depth + 1));
        }
        return out;
    }

    private static String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "date-time" -> "2024-01-01T00:00:00.000Z";
            case "uri" -> "https://example.com";
            case "email" -> "user@example.com";
            default -> "x".repeat(Math.max(1, schema.path("minLength").asInt(1)));
        };
    }
}
