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
package io.github.camelsinch.provisioning.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.openapi.OpenApiDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The bundled contract as the tests use it: drift checks against the generated catalogue and models, and the request
 * and response examples the operation tests send and serve. Parsing and {@code $ref} resolution are the shared
 * {@link OpenApiDocument}'s; what the tests derive from the tree is worked out here, apart from the generator.
 */
public final class ContractDocument {

    public static final Path OPERATIONS = Path.of("src/main/contract/operations.tsv");

    private static final ContractDocument INSTANCE = new ContractDocument(OpenApiDocument.bundled());

    private final OpenApiDocument document;

    private ContractDocument(OpenApiDocument document) {
        this.document = document;
    }

    public static ContractDocument get() {
        return INSTANCE;
    }

    /** The shared document this view reads. */
    public OpenApiDocument document() {
        return document;
    }

    public JsonNode root() {
        return document.root();
    }

    public JsonNode resolve(JsonNode node) {
        return document.resolve(node);
    }

    /** The operation object of an operationId. */
    public JsonNode operation(String operationId) {
        return document.operation(operationId).node();
    }

    public List<JsonNode> parameters(String operationId) {
        return document.operation(operationId).parameters();
    }

    /** The request examples of an operation (named examples in order, or the single example); empty if none. */
    public List<JsonNode> requestExamples(String operationId) {
        JsonNode content = operation(operationId).path("requestBody").path("content").path("application/json");
        return examples(content);
    }

    /** The success status and body example (synthesized from the schema where the contract gives none). */
    public Map.Entry<Integer, JsonNode> responseExample(String operationId) {
        Iterator<Map.Entry<String, JsonNode>> responses = operation(operationId).path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> r = responses.next();
            if (!r.getKey().startsWith("2")) {
                continue;
            }
            JsonNode content = resolve(r.getValue()).path("content").path("application/json");
            if (content.isMissingNode()) {
                return Map.entry(Integer.parseInt(r.getKey()), JsonNodeFactory.instance.missingNode());
            }
            List<JsonNode> examples = examples(content);
            JsonNode body = examples.isEmpty() ? synthesize(content.path("schema"), 0) : examples.get(0);
            return Map.entry(Integer.parseInt(r.getKey()), body);
        }
        throw new IllegalArgumentException(operationId + " has no success response");
    }

    private List<JsonNode> examples(JsonNode content) {
        List<JsonNode> out = new ArrayList<>();
        if (content.has("example")) {
            out.add(content.get("example"));
        }
        content.path("examples").forEach(e -> out.add(resolve(e).path("value")));
        return out;
    }

    /** A minimal instance of a schema: its example, or its required properties filled with typed values. */
    public JsonNode synthesize(JsonNode schemaNode, int depth) {
        JsonNode schema = resolve(schemaNode);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("allOf")) {
            return synthesize(schema.get("allOf").get(0), depth);
        }
        if (schema.has("anyOf") || schema.has("oneOf")) {
            return synthesize((schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf")).get(0), depth);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText("object")) {
            case "string" :
                return f.textNode("text");
            case "number" :
            case "integer" :
                return f.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "boolean" :
                return f.booleanNode(true);
            case "array" : {
                ArrayNode array = f.arrayNode();
                if (depth < 6) {
                    array.add(synthesize(schema.path("items"), depth + 1));
                }
                return array;
            }
            default : {
                ObjectNode object = f.objectNode();
                if (depth < 6) {
                    schema.path("required").forEach(r -> object.set(r.asText(),
                            synthesize(schema.path("properties").path(r.asText()), depth + 1)));
                }
                return object;
            }
        }
    }
}
