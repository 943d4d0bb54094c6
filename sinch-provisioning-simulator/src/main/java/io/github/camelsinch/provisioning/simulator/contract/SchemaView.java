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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read helpers over OpenAPI 3.0 schema nodes: reference resolution, {@code allOf} flattening and type inference.
 * The contract wraps most property references in a one-element {@code allOf} (to attach a description), so almost
 * every walker needs these.
 */
final class SchemaView {

    private final Contract contract;

    SchemaView(Contract contract) {
        this.contract = contract;
    }

    JsonNode resolve(JsonNode schema) {
        return contract.resolve(schema);
    }

    /** Declared properties, including those of every {@code allOf} part. */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> props = new LinkedHashMap<>();
        JsonNode s = resolve(schema);
        s.path("allOf").forEach(part -> props.putAll(properties(part)));
        s.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue()));
        return props;
    }

    /** Required property names, including those of every {@code allOf} part. */
    Set<String> required(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode s = resolve(schema);
        s.path("allOf").forEach(part -> names.addAll(required(part)));
        s.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    /** The alternatives of an {@code anyOf}/{@code oneOf}, or an empty list. */
    List<JsonNode> alternatives(JsonNode schema) {
        JsonNode s = resolve(schema);
        List<JsonNode> out = new ArrayList<>();
        s.path("anyOf").forEach(out::add);
        s.path("oneOf").forEach(out::add);
        return out;
    }

    /** The single schema behind a one-element {@code allOf} wrapper, or the schema itself. */
    JsonNode unwrap(JsonNode schema) {
        JsonNode s = resolve(schema);
        while (s.path("allOf").size() == 1 && !s.has("properties") && !s.has("type")) {
            s = resolve(s.path("allOf").get(0));
        }
        return s;
    }

    /** The JSON type of a schema, inferred when {@code type} is absent; null when anything goes. */
    String type(JsonNode schema) {
        JsonNode s = unwrap(schema);
        if (s.has("type")) {
            return s.get("type").asText();
        }
        if (s.has("properties") || s.has("allOf")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        if (s.has("enum")) {
            return s.get("enum").path(0).isNumber() ? "number" : "string";
        }
        return null;
    }

    boolean nullable(JsonNode schema) {
        return resolve(schema).path("nullable").asBoolean(false) || unwrap(schema).path("nullable").asBoolean(false);
    }

    /** Whether an object schema accepts properties it does not declare. */
    boolean openObject(JsonNode schema) {
        JsonNode s = unwrap(schema);
        JsonNode extra = s.path("additionalProperties");
        return properties(schema).isEmpty() || extra.isObject() || extra.asBoolean(false);
    }
}
