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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code docs/reference.md}: the options and headers from the component JSON that Camel's plugin generates,
 * and the operation table from the contract. One source each, so the reference cannot say what the code does not.
 */
public final class ReferenceDoc {

    private ReferenceDoc() {
    }

    /** The page for the contract bundled in sinch-provisioning-contract: {@code docs/reference.md}. */
    public static String render(Path operationsFile, Path componentJson) throws IOException {
        return render(GeneratorContract.bundled(), operationsFile, componentJson);
    }

    public static String render(Path contractFile, Path operationsFile, Path componentJson) throws IOException {
        return render(GeneratorContract.read(contractFile), operationsFile, componentJson);
    }

    private static String render(GeneratorContract contract, Path operationsFile,
                                 Path componentJson) throws IOException {
        List<GeneratorContract.Operation> operations = contract.operations(OperationsTable.read(operationsFile));
        JsonNode component = new ObjectMapper().readTree(componentJson.toFile());
        StringBuilder md = new StringBuilder();
        md.append("# sinch-prov component reference\n\n")
                .append("<!-- Generated from the component metadata and the bundled contract ")
                .append(contract.version())
                .append(". Do not edit: run `mvn -B -pl camel-sinch-provisioning -am verify -Dsinch.updateDocs=true`. -->\n\n")
                .append("URI: `").append(component.path("component").path("syntax").asText())
                .append("`, with `api` and ")
                .append("`operation` from the [operation table](#operations). Maven: `")
                .append(component.path("component").path("groupId").asText()).append(':')
                .append(component.path("component").path("artifactId").asText()).append("`.\n\n");
        options(md, "Component options",
                "Set on the component (`camel.component.sinch-prov.*`); each endpoint can override them.",
                component.path("componentProperties"));
        options(md, "Endpoint options",
                "Query options of a `sinch-prov:` URI. The API parameter options (label `filter` and the"
                        + " path parameters) are accepted only by the operations that take them; the endpoint says which at creation.",
                component.path("properties"));
        headers(md, component.path("headers"));
        operations(md, contract, operations);
        return md.toString();
    }

    private static void options(StringBuilder md, String title, String intro, JsonNode properties) {
        md.append("## ").append(title).append("\n\n").append(intro).append("\n\n")
                .append("| Name | Kind | Group | Type | Default | Description |\n|---|---|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            String type = p.path("type").asText();
            if (p.has("enum")) {
                List<String> values = new ArrayList<>();
                p.get("enum").forEach(v -> values.add(v.asText()));
                type = values.size() > 8 ? type + " (enum, see operation table)"
                        : type + ": " + String.join(", ", values);
            }
            md.append("| `").append(e.getKey()).append("` | ").append(p.path("kind").asText()).append(" | ")
                    .append(p.path("group").asText()).append(" | ").append(cell(type)).append(" | ")
                    .append(p.has("defaultValue") ? "`" + p.get("defaultValue").asText() + "`" : "")
                    .append(" | ").append(p.path("secret").asBoolean() ? "**Secret.** " : "")
                    .append(cell(p.path("description").asText())).append(" |\n");
        }
        md.append('\n');
    }

    private static void headers(StringBuilder md, JsonNode headers) {
        md.append("## Message headers\n\nThe component reads only these headers from a message; no other header reaches"
                + " the HTTP request.\n\n| Name | Type | Description |\n|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            md.append("| `").append(e.getKey()).append("` | ").append(e.getValue().path("javaType").asText())
                    .append(" | ")
                    .append(cell(e.getValue().path("description").asText())).append(" |\n");
        }
        md.append('\n');
    }

    private static void operations(StringBuilder md, GeneratorContract contract,
                                   List<GeneratorContract.Operation> operations) {
        Parameters parameters = new Parameters(contract);
        TypeMapper types = new TypeMapper(contract);
        ModelsDoc models = ModelsDoc.of(contract);
        md.append("## Operations\n\n").append(operations.size()).append(" operations. Path parameters other than ")
                .append("`projectId` are endpoint options or `CamelSinchProv<Name>` headers; query parameters are endpoint ")
                .append("options. Bodies and responses are the models of `io.github.camelsinch.provisioning.model`, each ")
                .append("linked to its fields in [models.md](").append(ModelsDoc.FILE).append(").\n\n")
                .append("| URI | Method and path | Parameters | Request body | Response |\n|---|---|---|---|---|\n");
        for (GeneratorContract.Operation op : operations) {
            List<String> params = new ArrayList<>();
            for (Parameters.Spec p : parameters.of(op)) {
                if (p.name().equals(OptionsWriter.PROJECT_ID)) {
                    continue;
                }
                StringBuilder s = new StringBuilder("`").append(p.name()).append('`');
                List<String> notes = new ArrayList<>();
                notes.add(p.location().toLowerCase(Locale.ROOT));
                if (p.required() && p.location().equals("QUERY")) {
                    notes.add("required");
                }
                if (p.minimum() != null || p.maximum() != null) {
                    notes.add((p.minimum() == null ? "" : String.valueOf(p.minimum().longValue())) + ".."
                            + (p.maximum() == null ? "" : String.valueOf(p.maximum().longValue())));
                }
                if (!p.enumValues().isEmpty()) {
                    notes.add(p.enumValues().size() <= 6 ? String.join("/", p.enumValues())
                            : p.enumValues().size() + " values");
                }
                params.add(s.append(" (").append(String.join(", ", notes)).append(')').toString());
            }
            JsonNode body = op.node().path("requestBody").path("content").path("application/json").path("schema");
            String bodyType = body.isMissingNode() ? ""
                    : GeneratorContract.isSchemaRef(body) ? models.schemaLink(GeneratorContract.refName(body))
                            : "one of " + String.join(", ", names(models, body.path("anyOf")));
            md.append("| `sinch-prov:").append(op.names().api()).append('/').append(op.names().operation())
                    .append("` | ")
                    .append(op.names().method()).append(" `").append(op.names().path()).append("` | ")
                    .append(String.join("<br>", params)).append(" | ").append(bodyType).append(" | ")
                    .append(response(contract, types, models, op)).append(" |\n");
        }
        md.append('\n');
    }

    private static String response(GeneratorContract contract, TypeMapper types, ModelsDoc models,
                                   GeneratorContract.Operation op) {
        for (Iterator<Map.Entry<String, JsonNode>> it = op.node().path("responses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> r = it.next();
            if (r.getKey().startsWith("2")) {
                JsonNode schema =
                        contract.resolve(r.getValue()).path("content").path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    return r.getKey() + ", no body";
                }
                String type = GeneratorContract.isSchemaRef(schema) ? types.namedType(GeneratorContract.refName(schema))
                        : types.widestVariant(schema);
                return r.getKey() + " " + models.typeLinks(type);
            }
        }
        return "";
    }

    private static List<String> names(ModelsDoc models, JsonNode refs) {
        List<String> out = new ArrayList<>();
        refs.forEach(r -> out.add(models.schemaLink(GeneratorContract.refName(r))));
        return out;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
