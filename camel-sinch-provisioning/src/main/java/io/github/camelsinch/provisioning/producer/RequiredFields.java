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
package io.github.camelsinch.provisioning.producer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.RequestBodySpec;
import io.github.camelsinch.provisioning.catalog.SchemaRule;
import io.github.camelsinch.provisioning.catalog.SchemaRules;
import io.github.camelsinch.provisioning.model.support.ModelObject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a request body for the fields the contract requires, before anything is sent, and names every missing
 * one with its path (e.g. {@code details.displayName}). For bodies that may match several schemas, one match is
 * enough; otherwise the closest schema (every one of them, when several are equally close) is reported, followed
 * by every accepted shape and the fields it requires.
 */
final class RequiredFields {

    private RequiredFields() {
    }

    /** @param body a JSON tree or a model object (checked as it is, without turning it into a tree) */
    static void check(ApiOperation op, RequestBodySpec spec, Object body) {
        List<String> closest = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        for (String schema : spec.schemaNames()) {
            List<String> missing = new ArrayList<>();
            collectMissing(schema, body, "", missing);
            if (missing.isEmpty()) {
                return;
            }
            // Several schemas can be equally close (anyOf bodies): name them all rather than guess one.
            if (missing.size() < fewest) {
                fewest = missing.size();
                closest.clear();
            }
            if (missing.size() == fewest) {
                closest.add(String.join(", ", missing) + " (schema " + schema + ")");
            }
        }
        if (closest.isEmpty()) {
            return;
        }
        if (spec.schemaNames().size() == 1) {
            throw new IllegalArgumentException("The request body of " + op.uriPath() + " misses required field(s) "
                    + closest.get(0));
        }
        // Naming only the closest shape reads as if it were the only one: a caller who meant another shape must
        // learn that it exists and what sets it apart.
        throw new IllegalArgumentException("The request body of " + op.uriPath() + " matches none of the "
                + spec.schemaNames().size() + " body shapes it accepts; the closest misses required field(s) "
                + String.join("; or ", closest) + ". " + shapes(spec));
    }

    /** "Accepted shapes, told apart by their required fields: A needs x, y; B needs z." */
    private static String shapes(RequestBodySpec spec) {
        List<String> shapes = new ArrayList<>();
        for (String schema : spec.schemaNames()) {
            List<String> required = SchemaRules.of(schema).map(SchemaRule::required).orElse(List.of());
            shapes.add(schema + (required.isEmpty() ? " needs no particular field"
                    : " needs " + String.join(", ", required)));
        }
        return "Accepted shapes, told apart by their required fields: " + String.join("; ", shapes) + ".";
    }

    private static void collectMissing(String schema, Object node, String prefix, List<String> missing) {
        SchemaRule rule = SchemaRules.of(schema).orElse(null);
        if (rule == null || !isObject(node)) {
            return;
        }
        for (String field : rule.required()) {
            if (absent(field(node, field))) {
                missing.add(prefix + field);
            }
        }
        rule.nested().forEach((field, child) -> {
            Object value = field(node, field);
            if (absent(value)) {
                return;
            }
            if (child.endsWith("[]")) {
                String element = child.substring(0, child.length() - 2);
                List<Object> elements = elements(value);
                for (int i = 0; i < elements.size(); i++) {
                    collectMissing(element, elements.get(i), prefix + field + "[" + i + "].", missing);
                }
            } else {
                collectMissing(child, value, prefix + field + ".", missing);
            }
        });
    }

    /** A property by its JSON name: of a tree, a model (declared or additional) or a map nested in a model. */
    private static Object field(Object node, String name) {
        if (node instanceof JsonNode json) {
            return json.get(name);
        }
        if (node instanceof ModelObject model) {
            return model.jsonProperty(name);
        }
        return node instanceof Map<?, ?> map ? map.get(name) : null;
    }

    private static boolean isObject(Object node) {
        return node instanceof JsonNode json ? json.isObject() : node instanceof ModelObject || node instanceof Map;
    }

    private static boolean absent(Object value) {
        return value == null || value instanceof JsonNode json && json.isNull();
    }

    /** The elements of an array value; a value that is not an array has none to check (Jackson rejects it later). */
    private static List<Object> elements(Object value) {
        List<Object> elements = new ArrayList<>();
        if (value instanceof JsonNode json && json.isArray()) {
            json.forEach(elements::add);
        } else if (value instanceof Collection<?> collection) {
            elements.addAll(collection);
        }
        return elements;
    }
}
