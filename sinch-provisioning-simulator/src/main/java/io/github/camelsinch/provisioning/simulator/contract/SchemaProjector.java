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

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Keeps the part of a client-supplied value that a response schema can carry.
 *
 * <p>Request and response DTOs of this API differ in small ways (input enums without {@code UNRECOGNIZED}, fields
 * that only exist on input such as {@code facebookAccessToken} or a webhook {@code secret}). Copying input through
 * this projector lets a created resource echo what the client sent while every response stays valid against the
 * contract: undeclared properties, wrongly typed values and unknown enum values are dropped.
 */
public final class SchemaProjector {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaView view;

    public SchemaProjector(Contract contract) {
        this.view = new SchemaView(contract);
    }

    /** The projection of {@code value} onto {@code schema}, or null when nothing of it fits. */
    public JsonNode project(JsonNode schema, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        JsonNode s = view.unwrap(schema);
        List<JsonNode> alternatives = view.alternatives(s);
        if (!alternatives.isEmpty()) {
            return best(alternatives, value);
        }
        if (s.has("enum")) {
            for (JsonNode allowed : s.get("enum")) {
                if (allowed.equals(value) || allowed.asText().equals(value.asText()) && value.isTextual()) {
                    return value.deepCopy();
                }
            }
            return null;
        }
        String type = view.type(s);
        if (type == null) {
            return value.deepCopy();
        }
        return switch (type) {
            case "object" -> value.isObject() ? object(s, (ObjectNode) value) : null;
            case "array" -> value.isArray() ? array(s, value) : null;
            case "string" -> value.isTextual() ? value.deepCopy() : null;
            case "integer" -> value.isIntegralNumber() ? value.deepCopy() : null;
            case "number" -> value.isNumber() ? value.deepCopy() : null;
            case "boolean" -> value.isBoolean() ? value.deepCopy() : null;
            default -> value.deepCopy();
        };
    }

    private JsonNode object(JsonNode schema, ObjectNode value) {
        Map<String, JsonNode> props = view.properties(schema);
        if (props.isEmpty()) {
            return view.openObject(schema) ? value.deepCopy() : null;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode prop = props.get(field.getKey());
            JsonNode projected = prop == null ? null : project(prop, field.getValue());
            if (projected != null) {
                out.set(field.getKey(), projected);
            }
        }
        return out;
    }

    private JsonNode array(JsonNode schema, JsonNode value) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode item : value) {
            JsonNode projected = project(schema.path("items"), item);
            if (projected != null) {
                out.add(projected);
            }
        }
        return out;
    }

    /** For {@code anyOf}/{@code oneOf}: the alternative that keeps the most of the value. */
    private JsonNode best(List<JsonNode> alternatives, JsonNode value) {
        JsonNode best = null;
        int bestSize = -1;
        for (JsonNode alternative : alternatives) {
            JsonNode projected = project(alternative, value);
            int size = projected == null ? -1 : projected.toString().length();
            if (size > bestSize) {
                best = projected;
                bestSize = size;
            }
        }
        return best;
    }
}
