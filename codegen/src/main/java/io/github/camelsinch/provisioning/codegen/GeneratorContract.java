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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.openapi.OpenApiDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI contract as the generator sees it: the shared {@link OpenApiDocument} (parsing and {@code $ref}
 * resolution) joined with the URI names of {@code operations.tsv}.
 */
final class GeneratorContract {

    /** The argument of {@link GenerateSources} that stands for the contract bundled in sinch-provisioning-contract. */
    static final String BUNDLED = "bundled";

    /** One operation of the contract joined with its URI name from the operations table. */
    record Operation(OperationsTable.Row names, JsonNode node, List<JsonNode> parameters) {
    }

    private final OpenApiDocument document;

    private GeneratorContract(OpenApiDocument document) {
        this.document = document;
    }

    /** The contract of a file, or the bundled one when the argument is {@value #BUNDLED}. */
    static GeneratorContract read(String fileOrBundled) throws IOException {
        return BUNDLED.equals(fileOrBundled) ? bundled() : read(Path.of(fileOrBundled));
    }

    static GeneratorContract read(Path yaml) throws IOException {
        return new GeneratorContract(OpenApiDocument.read(yaml));
    }

    static GeneratorContract bundled() {
        return new GeneratorContract(OpenApiDocument.bundled());
    }

    String version() {
        return document.version();
    }

    Map<String, JsonNode> schemas() {
        return document.schemas();
    }

    JsonNode schema(String name) {
        return document.schema(name);
    }

    static boolean isSchemaRef(JsonNode node) {
        return OpenApiDocument.isSchemaRef(node);
    }

    static String refName(JsonNode node) {
        return OpenApiDocument.refName(node);
    }

    /** Follows a local {@code $ref} (parameters, responses, schemas) to its target; other nodes come back as is. */
    JsonNode resolve(JsonNode node) {
        return document.resolve(node);
    }

    /** The operations in the order of the operations table, each checked against the contract. */
    List<Operation> operations(List<OperationsTable.Row> table) {
        Map<String, OpenApiDocument.Operation> byId = new LinkedHashMap<>();
        for (OpenApiDocument.Operation op : document.operations()) {
            byId.put(op.operationId(), op);
        }
        List<Operation> out = new ArrayList<>();
        for (OperationsTable.Row row : table) {
            OpenApiDocument.Operation op = byId.remove(row.operationId());
            if (op == null) {
                throw new IllegalArgumentException(
                        "operations.tsv names " + row.operationId() + ", absent from the contract");
            }
            if (!op.method().equals(row.method()) || !op.path().equals(row.path())) {
                throw new IllegalArgumentException("operations.tsv disagrees with the contract on " + row.operationId()
                        + ": " + row.method() + " " + row.path() + " vs " + op.method() + " " + op.path());
            }
            out.add(new Operation(row, op.node(), op.parameters()));
        }
        if (!byId.isEmpty()) {
            throw new IllegalArgumentException("Operations without a URI name in operations.tsv: " + byId.keySet());
        }
        return out;
    }

    static ObjectNode emptyObject() {
        return new ObjectMapper().createObjectNode();
    }
}
