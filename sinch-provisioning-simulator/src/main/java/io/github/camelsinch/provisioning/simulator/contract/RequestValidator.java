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

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a request body against its contract schema the way the real API does before it touches any state, and
 * words the findings like the API's {@code validationErrors} (e.g. "comment must be longer than or equal to 1
 * characters").
 *
 * <p>It covers what a client can get wrong in practice: required properties, JSON types, enums, string lengths,
 * numeric and array bounds, URIs and {@code anyOf}/{@code oneOf} alternatives. Undeclared properties are accepted,
 * as the contract never forbids them.
 */
public final class RequestValidator {

    private final SchemaView view;

    public RequestValidator(Contract contract) {
        this.view = new SchemaView(contract);
    }

    /** The validation errors of {@code value}; empty when it conforms. */
    public List<String> validate(JsonNode schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(schema, value, "", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        JsonNode s = view.unwrap(schema);
        if (value.isNull()) {
            if (!view.nullable(schema) && !view.nullable(s)) {
                errors.add(name(path) + " should not be null");
            }
            return;
        }
        List<JsonNode> alternatives = view.alternatives(s);
        if (!alternatives.isEmpty()) {
            checkAlternatives(alternatives, value, path, errors);
            return;
        }
        if (s.has("enum")) {
            checkEnum(s, value, path, errors);
            return;
        }
        String type = view.type(s);
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> checkObject(s, value, path, errors);
            case "array" -> checkArray(s, value, path, errors);
            case "string" -> checkString(s, value, path, errors);
            case "integer", "number" -> checkNumber(s, value, type, path, errors);
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(name(path) + " must be a boolean value");
                }
            }
            default -> {
            }
        }
    }

    private void checkAlternatives(List<JsonNode> alternatives, JsonNode value, String path, List<String> errors) {
        List<String> fewest = null;
        for (JsonNode alternative : alternatives) {
            List<String> attempt = new ArrayList<>();
            check(alternative, value, path, attempt);
            if (attempt.isEmpty()) {
                return;
            }
            if (fewest == null || attempt.size() < fewest.size()) {
                fewest = attempt;
            }
        }
        errors.addAll(fewest);
    }

    private void checkEnum(JsonNode s, JsonNode value, String path, List<String> errors) {
        for (JsonNode allowed : s.get("enum")) {
            if (allowed.equals(value) || value.isTextual() && allowed.asText().equals(value.asText())) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        s.get("enum").forEach(v -> names.add(v.asText()));
        errors.add(name(path) + " must be one of the following values: " + String.join(", ", names));
    }

    private void checkObject(JsonNode s, JsonNode value, String path, List<String> errors) {
        if (!value.isObject()) {
            errors.add(name(path) + " must be an object");
            return;
        }
        Map<String, JsonNode> props = view.properties(s);
        for (String required : view.required(s)) {
            if (!value.has(required)) {
                errors.add(child(path, required) + " should not be empty");
            }
        }
        value.fields().forEachRemaining(field -> {
            JsonNode prop = props.get(field.getKey());
            if (prop != null) {
                check(prop, field.getValue(), child(path, field.getKey()), errors);
            }
        });
    }

    private void checkArray(JsonNode s, JsonNode value, String path, List<String> errors) {
        if (!value.isArray()) {
            errors.add(name(path) + " must be an array");
            return;
        }
        if (s.has("minItems") && value.size() < s.get("minItems").asInt()) {
            errors.add(name(path) + " must contain at least " + s.get("minItems").asInt() + " elements");
        }
        if (s.has("maxItems") && value.size() > s.get("maxItems").asInt()) {
            errors.add(name(path) + " must contain no more than " + s.get("maxItems").asInt() + " elements");
        }
        for (int i = 0; i < value.size(); i++) {
            check(s.path("items"), value.get(i), path + "[" + i + "]", errors);
        }
    }

    private void checkString(JsonNode s, JsonNode value, String path, List<String> errors) {
        if (!value.isTextual()) {
            errors.add(name(path) + " must be a string");
            return;
        }
        int length = value.asText().length();
        if (s.has("minLength") && length < s.get("minLength").asInt()) {
            errors.add(name(path) + " must be longer than or equal to " + s.get("minLength").asInt() + " characters");
        }
        if (s.has("maxLength") && length > s.get("maxLength").asInt()) {
            errors.add(name(path) + " must be shorter than or equal to " + s.get("maxLength").asInt() + " characters");
        }
        if ("uri".equals(s.path("format").asText()) && !isAbsoluteUri(value.asText())) {
            errors.add(name(path) + " must be a URL address");
        }
    }

    private void checkNumber(JsonNode s, JsonNode value, String type, String path, List<String> errors) {
        if (!value.isNumber() || "integer".equals(type) && !value.isIntegralNumber()) {
            errors.add(name(path) + " must be a " + ("integer".equals(type) ? "integer" : "number")
                    + " conforming to the specified constraints");
            return;
        }
        if (s.has("minimum") && value.asDouble() < s.get("minimum").asDouble()) {
            errors.add(name(path) + " must not be less than " + s.get("minimum").asText());
        }
        if (s.has("maximum") && value.asDouble() > s.get("maximum").asDouble()) {
            errors.add(name(path) + " must not be greater than " + s.get("maximum").asText());
        }
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            URI uri = URI.create(text);
            return uri.getScheme() != null && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
