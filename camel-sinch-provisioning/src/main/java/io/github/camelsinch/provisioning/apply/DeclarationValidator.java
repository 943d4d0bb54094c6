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

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.catalog.SchemaRule;
import io.github.camelsinch.provisioning.catalog.SchemaRules;
import io.github.camelsinch.provisioning.client.LogText;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.model.support.ModelObject;
import io.github.camelsinch.provisioning.model.support.OpenEnum;
import io.github.camelsinch.provisioning.model.support.UnknownVariant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a declaration against the contract before anything is sent: every field is one the create schema
 * declares, every value has its type, every enum value and union variant is one the contract defines, and every
 * required field is there. A bad declaration fails naming its source and each bad field path; values are not
 * quoted except enum values (a declaration may hold a webhook secret).
 */
final class DeclarationValidator {

    /** Enough to fix a file in one go, few enough to keep the message readable. */
    private static final int MAX_PROBLEMS = 10;

    private DeclarationValidator() {
    }

    static Declaration validate(ResourceRules rules, String source, JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("Invalid declaration in " + source + ": a " + rules.api()
                    + " declaration is a JSON object, got " + (json == null ? "nothing" : typeOf(json)));
        }
        ObjectNode declared = (ObjectNode) json;
        List<String> problems = new ArrayList<>();
        for (String reserved : rules.reservedFields()) {
            JsonNode value = declared.get(reserved);
            if (value != null && !(value.isTextual() && !value.asText().isBlank())) {
                problems.add(reserved + ": must be a non-empty string");
            }
        }
        ObjectNode sent = declared.deepCopy();
        sent.remove(rules.reservedFields());
        Object model;
        try {
            model = ModelJson.reader(rules.declarationType()).readValue(sent);
        } catch (MismatchedInputException e) {
            throw invalid(rules, source, List.of(path(e) + ": has the wrong type (expected "
                    + (e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName()) + ")"));
        } catch (JsonMappingException e) {
            throw invalid(rules, source, List.of(path(e) + ": cannot be read as the contract says ("
                    + e.getClass().getSimpleName() + ")"));
        } catch (IOException e) {
            throw invalid(rules, source, List.of("cannot be read (" + e.getClass().getSimpleName() + ")"));
        }
        walk(model, sent, "", problems);
        if (model instanceof ModelObject m) {
            missing(m.schemaName(), sent, "", problems);
        }
        if (!problems.isEmpty()) {
            throw invalid(rules, source, problems);
        }
        return new Declaration(source, declared);
    }

    private static void walk(Object model, JsonNode json, String path, List<String> problems) {
        if (model instanceof UnknownVariant) {
            problems.add(where(path) + ": matches none of the variants the contract allows here");
        } else if (model instanceof ModelObject m && json.isObject()) {
            json.fieldNames().forEachRemaining(name -> {
                String child = path.isEmpty() ? name : path + "." + name;
                if (m.getAdditionalProperties().containsKey(name)) {
                    problems.add(child + ": not a field of " + m.schemaName());
                } else {
                    walk(m.jsonProperty(name), json.get(name), child, problems);
                }
            });
        } else if (model instanceof List<?> list && json.isArray()) {
            for (int i = 0; i < list.size() && i < json.size(); i++) {
                walk(list.get(i), json.get(i), path + "[" + i + "]", problems);
            }
        } else if (model instanceof OpenEnum e && !e.isKnown()) {
            problems.add(path + ": '" + LogText.of(e.value(), 60) + "' is not a value of "
                    + e.getClass().getSimpleName());
        }
    }

    /** The contract's required fields, by path (nested objects and arrays of objects included). */
    private static void missing(String schema, JsonNode json, String prefix, List<String> problems) {
        SchemaRule rule = SchemaRules.of(schema).orElse(null);
        if (rule == null || !json.isObject()) {
            return;
        }
        for (String field : rule.required()) {
            if (json.path(field).isMissingNode() || json.path(field).isNull()) {
                problems.add(prefix + field + ": required by " + schema + " but missing");
            }
        }
        rule.nested().forEach((field, child) -> {
            JsonNode value = json.path(field);
            if (child.endsWith("[]")) {
                for (int i = 0; i < value.size(); i++) {
                    missing(child.substring(0, child.length() - 2), value.get(i), prefix + field + "[" + i + "].",
                            problems);
                }
            } else {
                missing(child, value, prefix + field + ".", problems);
            }
        });
    }

    private static IllegalArgumentException invalid(ResourceRules rules, String source, List<String> problems) {
        List<String> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
        return new IllegalArgumentException("Invalid " + rules.api() + " declaration in " + LogText.of(source) + ": "
                + String.join("; ", shown) + (problems.size() > shown.size()
                        ? "; and " + (problems.size() - shown.size()) + " more" : ""));
    }

    /** The JSON path of a binding error, e.g. {@code details.components[0].type}. */
    private static String path(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                p.append(p.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                p.append('[').append(r.getIndex()).append(']');
            }
        }
        return where(p.toString());
    }

    private static String where(String path) {
        return path.isEmpty() ? "(the declaration)" : path;
    }

    private static String typeOf(JsonNode json) {
        return json.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
