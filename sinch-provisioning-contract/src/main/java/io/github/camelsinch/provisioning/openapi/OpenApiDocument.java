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
package io.github.camelsinch.provisioning.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAPI document as a YAML tree with local {@code $ref} resolution: the one reader of the contract in the
 * repository. The code generator, the simulator and the component's tests all read the bundled contract through it,
 * so they cannot disagree on how a reference resolves. The tree is never mutated; callers copy what they change.
 */
public final class OpenApiDocument {

    /** Classpath location of the contract; this module holds the only copy in the repository. */
    public static final String RESOURCE = "/io/github/camelsinch/provisioning/openapi/provisioning-api.yaml";

    private static final String SCHEMA_PREFIX = "#/components/schemas/";
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One operation of the document, its path-level and operation-level parameters resolved, in that order. */
    public record Operation(String method, String path, String operationId, JsonNode node, List<JsonNode> parameters) {
    }

    private static volatile OpenApiDocument bundled;

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /** The bundled contract, parsed on first use and shared by every reader in the JVM. */
    public static OpenApiDocument bundled() {
        OpenApiDocument d = bundled;
        if (d == null) {
            synchronized (OpenApiDocument.class) {
                d = bundled;
                if (d == null) {
                    d = parse(bundledText());
                    bundled = d;
                }
            }
        }
        return d;
    }

    /** The bundled contract as text, for tools that parse it themselves (the request validators of the tests). */
    public static String bundledText() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The contract is not on the classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled contract " + RESOURCE, e);
        }
    }

    /** A document from a file: the generator's tests use contracts of their own. */
    public static OpenApiDocument read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** A document from YAML (or JSON) text. */
    public static OpenApiDocument parse(String yaml) {
        try {
            return new OpenApiDocument(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException("Not a YAML document: " + e.getMessage(), e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** {@code info.version}. */
    public String version() {
        return root.path("info").path("version").asText();
    }

    /**
     * Follows a chain of local {@code $ref}s (schemas, parameters, responses, examples) to its target; a node that is
     * no reference comes back as is, and so does {@code null}. A reference that leaves the document, points at
     * nothing, or comes back to itself is refused with an {@link IllegalArgumentException} naming the chain.
     */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        Set<String> seen = new LinkedHashSet<>();
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references (#/...) are supported: " + ref);
            }
            if (!seen.add(ref)) {
                throw new IllegalArgumentException("Circular $ref: " + String.join(" -> ", seen) + " -> " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("Dangling $ref " + ref + (seen.size() > 1
                        ? " (reached by " + String.join(" -> ", seen) + ")" : ""));
            }
            current = target;
        }
        return current;
    }

    /** Whether a node is a reference to a component schema. */
    public static boolean isSchemaRef(JsonNode node) {
        return node.has("$ref") && node.get("$ref").asText().startsWith(SCHEMA_PREFIX);
    }

    /** The last segment of a node's {@code $ref}: the schema name of {@code #/components/schemas/Name}. */
    public static String refName(JsonNode node) {
        String ref = node.get("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The component schemas by name, in document order. */
    public Map<String, JsonNode> schemas() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        root.path("components").path("schemas").properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A component schema by name, e.g. {@code WhatsappSenderDto}. */
    public JsonNode schema(String name) {
        JsonNode s = root.path("components").path("schemas").get(name);
        if (s == null) {
            throw new IllegalArgumentException("No schema " + name + " in the contract");
        }
        return s;
    }

    /** Every operation in document order; a repeated operationId is refused. */
    public List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            JsonNode op = method.getValue();
            List<JsonNode> parameters = new ArrayList<>();
            path.getValue().path("parameters").forEach(p -> parameters.add(resolve(p)));
            op.path("parameters").forEach(p -> parameters.add(resolve(p)));
            String id = op.path("operationId").asText();
            if (!ids.add(id)) {
                throw new IllegalArgumentException("Duplicate operationId " + id);
            }
            out.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), id, op,
                    List.copyOf(parameters)));
        }));
        return out;
    }

    /** The operation of an operationId. */
    public Operation operation(String operationId) {
        for (Operation op : operations()) {
            if (op.operationId().equals(operationId)) {
                return op;
            }
        }
        throw new IllegalArgumentException("No operation " + operationId + " in the contract");
    }
}
