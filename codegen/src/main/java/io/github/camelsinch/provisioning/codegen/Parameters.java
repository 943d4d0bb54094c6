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
package io.github.camelsinch.provisioning.codegen;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the parameters of an operation into the facts the catalogue and the endpoint options need. */
final class Parameters {

    /** One parameter of one operation. */
    record Spec(String name, String location, String kind, boolean required, List<String> enumValues,
                Double minimum, Double maximum, String defaultValue, String description) {

        /** The Java type of the endpoint option that carries it. */
        String optionType() {
            return switch (kind) {
                case "NUMBER", "INTEGER" -> "Integer";
                case "BOOLEAN" -> "Boolean";
                default -> "String";
            };
        }
    }

    private final GeneratorContract contract;

    Parameters(GeneratorContract contract) {
        this.contract = contract;
    }

    private static final String PROTO_PLACEHOLDER = "UNRECOGNIZED";

    List<Spec> of(GeneratorContract.Operation op) {
        List<Spec> out = new ArrayList<>();
        for (JsonNode p : op.parameters()) {
            String location = p.path("in").asText();
            if (!location.equals("path") && !location.equals("query")) {
                throw new IllegalArgumentException(
                        op.names().operationId() + ": unsupported parameter location " + location);
            }
            JsonNode schema = contract.resolve(p.path("schema"));
            String kind;
            List<String> enumValues = new ArrayList<>();
            if ("array".equals(schema.path("type").asText())) {
                kind = "STRING_ARRAY";
                contract.resolve(schema.path("items")).path("enum").forEach(v -> enumValues.add(v.asText()));
            } else {
                kind = switch (schema.path("type").asText("string")) {
                    case "number" -> "NUMBER";
                    case "integer" -> "INTEGER";
                    case "boolean" -> "BOOLEAN";
                    default -> "STRING";
                };
                schema.path("enum").forEach(v -> enumValues.add(v.asText()));
            }
            // The protobuf placeholder for "a value this server does not know" is never a valid input: the
            // options, the catalogue and the reference leave it out, so no IDE offers it.
            enumValues.remove(PROTO_PLACEHOLDER);
            out.add(new Spec(p.path("name").asText(), location.toUpperCase(Locale.ROOT), kind,
                    location.equals("path") || p.path("required").asBoolean(false), enumValues,
                    schema.has("minimum") ? schema.get("minimum").asDouble() : null,
                    schema.has("maximum") ? schema.get("maximum").asDouble() : null,
                    schema.has("default") ? schema.get("default").asText() : null,
                    JavaNames.oneLine(p.path("description").asText(schema.path("description").asText("")))));
        }
        return out;
    }
}
