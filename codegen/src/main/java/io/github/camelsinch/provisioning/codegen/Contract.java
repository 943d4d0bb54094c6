package io.github.camelsinch.provisioning.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The OpenAPI contract, read once at build time, with {@code $ref} resolution. */
final class Contract {

    /** One operation of the contract joined with its URI name from the operations table. */
    record Operation(OperationsTable.Row names, JsonNode node, List<JsonNode> parameters) {
    }

    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    private final JsonNode root;

    private Contract(JsonNode root) {
        this.root = root;
    }

    static Contract read(Path yaml) throws IOException {
        return new Contract(new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile()));
    }

    String version() {
        return root.path("info").path("version").asText();
    }

    Map<String, JsonNode> schemas() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        root.path("components").path("schemas").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    JsonNode schema(String name) {
        JsonNode s = root.path("components").path("schemas").get(name);
        if (s == null) {
            throw new IllegalArgumentException("No schema " + name + " in the contract");
        }
        return s;
    }

    static boolean isSchemaRef(JsonNode node) {
        return node.has("$ref") && node.get("$ref").asText().startsWith(SCHEMA_PREFIX);
    }

    static String refName(JsonNode node) {
        String ref = node.get("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Follows a local {@code $ref} (parameters, responses, schemas) to its target; other nodes come back as is. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are supported: " + ref);
            }
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("Dangling reference " + ref);
            }
            current = target;
        }
        return current;
    }

    /** The operations in the order of the operations table, each checked against the contract. */
    List<Operation> operations(List<OperationsTable.Row> table) {
        Map<String, Operation> byId = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (method.getKey().equals("parameters")) {
                    continue;
                }
                JsonNode op = method.getValue();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(p -> parameters.add(resolve(p)));
                op.path("parameters").forEach(p -> parameters.add(resolve(p)));
                String id = op.path("operationId").asText();
                OperationsTable.Row placeholder =
                        new OperationsTable.Row(null, null, method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                                id);
                if (byId.put(id, new Operation(placeholder, op, parameters)) != null) {
                    throw new IllegalArgumentException("Duplicate operationId " + id);
                }
            }
        }
        List<Operation> out = new ArrayList<>();
        for (OperationsTable.Row row : table) {
            Operation op = byId.remove(row.operationId());
            if (op == null) {
                throw new IllegalArgumentException("operations.tsv names " + row.operationId() + ", absent from the contract");
            }
            if (!op.names().method().equals(row.method()) || !op.names().path().equals(row.path())) {
                throw new IllegalArgumentException("operations.tsv disagrees with the contract on " + row.operationId()
                        + ": " + row.method() + " " + row.path() + " vs " + op.names().method() + " " + op.names().path());
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
