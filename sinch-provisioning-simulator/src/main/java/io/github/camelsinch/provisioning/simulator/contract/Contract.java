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
import io.github.camelsinch.provisioning.openapi.OpenApiDocument;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Sinch Provisioning API contract (OpenAPI 3.0.3) as the simulator uses it, read once per JVM by the shared
 * {@link OpenApiDocument} (module sinch-provisioning-contract, which holds the one copy of the file).
 *
 * <p>The simulator takes from it everything that would otherwise be copied by hand and drift: response examples as
 * resource shapes, schemas for request validation and input projection, page-size bounds, enum values and the
 * documented error texts. The parsed tree is never mutated; callers get deep copies of anything they change.
 */
public final class Contract {

    private static volatile Contract bundled;

    private final OpenApiDocument document;
    private final JsonNode root;
    private final Map<String, OperationSpec> operations;
    private final ErrorCatalog errors;

    private Contract(OpenApiDocument document) {
        this.document = document;
        this.root = document.root();
        this.operations = Collections.unmodifiableMap(readOperations(document));
        this.errors = ErrorCatalog.scan(this);
    }

    /** The bundled contract, parsed on first use (about 0.5 s) and shared by every simulator in the JVM. */
    public static Contract bundled() {
        Contract c = bundled;
        if (c == null) {
            synchronized (Contract.class) {
                c = bundled;
                if (c == null) {
                    c = new Contract(OpenApiDocument.bundled());
                    bundled = c;
                }
            }
        }
        return c;
    }

    private static Map<String, OperationSpec> readOperations(OpenApiDocument document) {
        Map<String, OperationSpec> ops = new LinkedHashMap<>();
        for (OpenApiDocument.Operation op : document.operations()) {
            OperationSpec spec = OperationSpec.read(op.method(), op.path(), op.node(), document::resolve);
            ops.put(spec.operationId(), spec);
        }
        return ops;
    }

    /** The parsed document, shared with every other reader of the contract in the JVM. */
    public OpenApiDocument document() {
        return document;
    }

    /** Follows {@code $ref} chains inside the document; returns the node itself when it is no reference. */
    public JsonNode resolve(JsonNode node) {
        return document.resolve(node);
    }

    /** A component schema by name, e.g. {@code WhatsappSenderDto}. */
    public JsonNode schema(String name) {
        return document.schema(name);
    }

    /** The values of an enum schema, in contract order. */
    public List<String> enumValues(String schemaName) {
        List<String> values = new java.util.ArrayList<>();
        schema(schemaName).path("enum").forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    public OperationSpec operation(String operationId) {
        OperationSpec spec = operations.get(operationId);
        if (spec == null) {
            throw new IllegalArgumentException("Unknown operation " + operationId);
        }
        return spec;
    }

    public Collection<OperationSpec> operations() {
        return operations.values();
    }

    public ErrorCatalog errors() {
        return errors;
    }

    /**
     * The first documented example of an operation's response, resolved and deep-copied, or empty when the contract
     * has none (the caller then synthesizes one from the schema).
     */
    public Optional<JsonNode> responseExample(String operationId, int status) {
        JsonNode media = operation(operationId).responseMedia(status);
        if (media == null) {
            return Optional.empty();
        }
        if (media.has("example")) {
            return Optional.of(media.get("example").deepCopy());
        }
        Iterator<JsonNode> examples = media.path("examples").elements();
        if (examples.hasNext()) {
            JsonNode example = resolve(examples.next());
            return Optional.of(example.path("value").deepCopy());
        }
        return Optional.empty();
    }

    /** The errorCode values an operation documents for a status, from its error examples. */
    public java.util.Set<String> documentedErrorCodes(String operationId, int status) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        JsonNode media = operation(operationId).responseMedia(status);
        if (media != null) {
            if (media.path("example").hasNonNull("errorCode")) {
                codes.add(media.path("example").get("errorCode").asText());
            }
            media.path("examples").forEach(e -> {
                JsonNode value = resolve(e).path("value");
                if (value.hasNonNull("errorCode")) {
                    codes.add(value.get("errorCode").asText());
                }
            });
        }
        return codes;
    }

    /** Every media object in the document that documents responses, used to harvest error examples. */
    Iterable<JsonNode> allResponseMedia() {
        List<JsonNode> media = new java.util.ArrayList<>();
        for (OperationSpec op : operations.values()) {
            op.responses().values().forEach(media::add);
        }
        return media;
    }

    JsonNode componentExamples() {
        return root.path("components").path("examples");
    }
}
