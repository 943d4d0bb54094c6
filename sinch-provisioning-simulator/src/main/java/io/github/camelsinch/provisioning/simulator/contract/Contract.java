package io.github.camelsinch.provisioning.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Sinch Provisioning API contract (OpenAPI 3.0.3) bundled with the simulator, read once per JVM.
 *
 * <p>The simulator takes from it everything that would otherwise be copied by hand and drift: response examples as
 * resource shapes, schemas for request validation and input projection, page-size bounds, enum values and the
 * documented error texts. The parsed tree is never mutated; callers get deep copies of anything they change.
 */
public final class Contract {

    /** Classpath location of the bundled copy of {@code provisioning-api.yaml}. */
    public static final String RESOURCE = "/io/github/camelsinch/provisioning/simulator/provisioning-api.yaml";


    private static volatile Contract bundled;

    private final JsonNode root;
    private final Map<String, OperationSpec> operations;
    private final ErrorCatalog errors;

    private Contract(JsonNode root) {
        this.root = root;
        this.operations = Collections.unmodifiableMap(readOperations(root));
        this.errors = ErrorCatalog.scan(this);
    }

    /** The bundled contract, parsed on first use (about 0.5 s) and shared by every simulator in the JVM. */
    public static Contract bundled() {
        Contract c = bundled;
        if (c == null) {
            synchronized (Contract.class) {
                c = bundled;
                if (c == null) {
                    c = load();
                    bundled = c;
                }
            }
        }
        return c;
    }

    private static Contract load() {
        try (InputStream in = Contract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Contract not on the classpath: " + RESOURCE);
            }
            return new Contract(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled contract", e);
        }
    }

    private static Map<String, OperationSpec> readOperations(JsonNode root) {
        Map<String, OperationSpec> ops = new LinkedHashMap<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
            if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                OperationSpec spec = OperationSpec.read(method, path.getKey(), op.getValue(), rootResolver(root));
                ops.put(spec.operationId(), spec);
            }
        }));
        return ops;
    }

    private static java.util.function.UnaryOperator<JsonNode> rootResolver(JsonNode root) {
        return node -> resolve(root, node);
    }

    /** Follows {@code $ref} chains inside the document; returns the node itself when it is no reference. */
    public JsonNode resolve(JsonNode node) {
        return resolve(root, node);
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 32; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("Only local references are supported: " + ref);
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    /** A component schema by name, e.g. {@code WhatsappSenderDto}. */
    public JsonNode schema(String name) {
        JsonNode schema = root.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("Unknown schema " + name);
        }
        return schema;
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
