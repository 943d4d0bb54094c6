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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@code docs/models.md}: every model type of {@code io.github.camelsinch.provisioning.model} with its JSON
 * fields, Java getters, types, required flags, enum values and descriptions. It walks the contract with the same
 * {@link ModelWriter}, {@link TypeMapper}, {@link EnumWriter} and {@link Unions} code that writes the classes, so a
 * getter or a nested type named here is the one the build generates.
 */
public final class ModelsDoc {

    /** The file {@code docs/reference.md} links to, relative to it. */
    public static final String FILE = "models.md";

    /** Values shown in a property's row; the rest are in the enum's own section. */
    private static final int VALUES_IN_ROW = 8;
    private static final int PROPERTY_DESCRIPTION_LIMIT = 240;
    private static final int MODEL_DESCRIPTION_LIMIT = 480;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

    /** One section of the page: a Java type (or, for an alias, the contract name that has no type of its own). */
    private record Section(String javaName, String schemaName, SchemaKind kind, JsonNode schema, String parentSchema,
                           Set<String> interfaces, String owner) {
    }

    private final GeneratorContract contract;
    private final TypeMapper types;
    private final Unions unions;
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Set<String> anchors = new java.util.HashSet<>(Set.of(anchor("sinch-prov models")));
    /** Per owning Java type: simple name of a nested type to its qualified name. */
    private final Map<String, Map<String, String>> nestedNames = new HashMap<>();

    private ModelsDoc(GeneratorContract contract) {
        this.contract = contract;
        this.types = new TypeMapper(contract);
        this.unions = new Unions(contract);
        List<Map.Entry<String, JsonNode>> schemas = new ArrayList<>(contract.schemas().entrySet());
        schemas.sort(Map.Entry.comparingByKey(
                Comparator.comparing((String n) -> JavaNames.typeName(n).toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(JavaNames::typeName)));
        for (Map.Entry<String, JsonNode> e : schemas) {
            String name = e.getKey();
            JsonNode schema = e.getValue();
            SchemaKind kind = SchemaKind.of(schema);
            String javaName = kind == SchemaKind.ALIAS ? name : JavaNames.typeName(name);
            String parent = kind == SchemaKind.SUBCLASS ? types.parentOf(name) : null;
            add(new Section(javaName, name, kind, schema, parent, unions.interfacesOf(name), null));
        }
    }

    /** The page for the contract bundled in sinch-provisioning-contract: {@code docs/models.md}. */
    public static String renderBundled() {
        return new ModelsDoc(GeneratorContract.bundled()).render();
    }

    public static String render(Path contractFile) throws IOException {
        return new ModelsDoc(GeneratorContract.read(contractFile)).render();
    }

    /**
     * The GitHub anchor of a heading: lower case, without the characters GitHub drops (dots among them), spaces as
     * hyphens.
     */
    public static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    /** The sections of the page, for the reference's links into it. */
    static ModelsDoc of(GeneratorContract contract) {
        return new ModelsDoc(contract);
    }

    /** A link from the reference to the section of a named schema, showing the schema name. */
    String schemaLink(String schemaName) {
        SchemaKind kind = SchemaKind.of(contract.schema(schemaName));
        String heading = kind == SchemaKind.ALIAS ? schemaName : JavaNames.typeName(schemaName);
        return "[`" + schemaName + "`](" + FILE + "#" + anchor(heading) + ")";
    }

    /** A Java type as the reference shows it: each documented model type in it linked to its section. */
    String typeLinks(String javaType) {
        return linkTypes(javaType, null, FILE);
    }

    private void add(Section section) {
        if (sections.putIfAbsent(section.javaName(), section) != null) {
            throw new IllegalStateException("Two model sections named " + section.javaName());
        }
        if (!anchors.add(anchor(section.javaName()))) {
            throw new IllegalStateException("Two model sections with the anchor " + anchor(section.javaName()));
        }
        if (section.kind() == SchemaKind.OBJECT) {
            // The nested types a class declares, found the way ModelWriter finds them, documented after it.
            Map<String, String> nested = new LinkedHashMap<>();
            List<Section> inner = new ArrayList<>();
            TypeMapper.NestedTypes collector = new TypeMapper.NestedTypes() {
                @Override
                public void inlineObject(String simpleName, JsonNode s) {
                    nest(simpleName, s, SchemaKind.OBJECT);
                }

                @Override
                public void inlineEnum(String simpleName, JsonNode s) {
                    nest(simpleName, s, SchemaKind.ENUM);
                }

                @Override
                public void inlineUnion(String simpleName, JsonNode s) {
                    nest(simpleName, s, SchemaKind.UNION);
                }

                private void nest(String simpleName, JsonNode s, SchemaKind kind) {
                    String qualified = section.javaName() + "." + simpleName;
                    nested.put(simpleName, qualified);
                    inner.add(new Section(qualified, section.schemaName() + "." + simpleName, kind, s, null, Set.of(),
                            section.javaName()));
                }
            };
            for (ModelWriter.Property p : ModelWriter.properties(section.schema())) {
                types.typeOf(p.schema, p.name, collector);
            }
            nestedNames.put(section.javaName(), nested);
            inner.forEach(this::add);
        }
    }

    private String render() {
        StringBuilder md = new StringBuilder();
        md.append("# sinch-prov models\n\n")
                .append("<!-- Generated from the bundled contract ").append(contract.version())
                .append(". Do not edit: run `mvn -B -pl camel-sinch-provisioning -am verify -Dsinch.updateDocs=true`. -->\n\n")
                .append("The Java types of `").append(GenerateSources.MODEL_PACKAGE)
                .append("`, generated from the contract: ")
                .append("the bodies and responses of the [operations](reference.md#operations). For each field: its JSON ")
                .append("name, the Java getter (the setter is `set...`, the fluent builder `with...`), the Java type, ")
                .append("whether the contract requires it, its values when it is an enum, and its description.\n\n")
                .append("- Every model keeps the fields it does not declare (`getAdditionalProperties()`) and writes them back.\n")
                .append("- Enums are open: `of(String)` returns a constant, or for a value this version does not know an ")
                .append("instance with `isKnown()` false.\n")
                .append("- A union is an interface; the discriminator field picks the variant class, and an unknown value ")
                .append("reads as the union's `Unknown` variant, which keeps every field.\n")
                .append("- In Camel's simple language a getter is a path: `${body.senders}` calls `getSenders()` (this ")
                .append("needs `camel-bean` on the class path: [getting started](getting-started.md)).\n\n");
        long classes = sections.values().stream()
                .filter(s -> s.kind() == SchemaKind.OBJECT || s.kind() == SchemaKind.SUBCLASS).count();
        long enums = sections.values().stream().filter(s -> s.kind() == SchemaKind.ENUM).count();
        long unionCount = sections.values().stream().filter(s -> s.kind() == SchemaKind.UNION).count();
        md.append(sections.size()).append(" sections: ").append(classes).append(" classes, ").append(enums)
                .append(" enums, ").append(unionCount)
                .append(" unions, and the contract names that are no class of their own.\n\n");
        md.append("Index: ");
        List<String> index = new ArrayList<>();
        sections.values().stream().filter(s -> s.owner() == null).forEach(s -> index.add(link(s.javaName(), "")));
        md.append(String.join(", ", index)).append(".\n\n");
        sections.values().forEach(s -> section(md, s));
        return md.toString();
    }

    private void section(StringBuilder md, Section s) {
        md.append("## ").append(s.javaName()).append("\n\n");
        List<String> about = new ArrayList<>();
        switch (s.kind()) {
            case OBJECT -> about.add(s.owner() == null ? "Class." : "Class nested in " + link(s.owner(), "") + ".");
            case SUBCLASS -> about.add("Class: the fields of " + link(JavaNames.typeName(s.parentSchema()), "")
                    + ", which it extends.");
            case ENUM ->
                about.add(s.owner() == null ? "Open enum." : "Open enum nested in " + link(s.owner(), "") + ".");
            case UNION -> about.add(
                    s.owner() == null ? "Union interface." : "Union interface nested in " + link(s.owner(), "") + ".");
            case ALIAS -> about.add("No class of its own: `" + escape(types.namedType(s.schemaName()))
                    + "` in the models that use it.");
        }
        if (s.owner() == null && s.kind() != SchemaKind.ALIAS && !s.schemaName().equals(s.javaName())) {
            about.add("Contract schema `" + s.schemaName() + "`.");
        }
        String description = clean(s.schema().path("description").asText(""), MODEL_DESCRIPTION_LIMIT);
        if (!description.isEmpty()) {
            about.add(description);
        }
        if (!s.interfaces().isEmpty()) {
            about.add(
                    "A variant of " + String.join(", ", s.interfaces().stream().map(i -> link(i, "")).toList()) + ".");
        }
        md.append(String.join(" ", about)).append("\n\n");
        switch (s.kind()) {
            case OBJECT -> properties(md, s);
            case ENUM -> values(md, s.schema());
            case UNION -> variants(md, s);
            case ALIAS -> {
                if (s.schema().has("enum")) {
                    values(md, s.schema());
                }
            }
            case SUBCLASS -> {
            }
        }
    }

    private void properties(StringBuilder md, Section s) {
        List<ModelWriter.Property> properties = ModelWriter.properties(s.schema());
        if (properties.isEmpty()) {
            md.append("No declared fields.\n\n");
            return;
        }
        md.append("| JSON | Java getter | Type | Required | Values | Description |\n|---|---|---|---|---|---|\n");
        for (ModelWriter.Property p : properties) {
            String javaType = types.typeOf(p.schema, p.name, IGNORE_NESTED);
            List<String> notes = new ArrayList<>();
            if (p.readOnly) {
                notes.add("Read-only: set by Sinch.");
            }
            if (p.deprecated) {
                notes.add("Deprecated.");
            }
            String description = clean(describe(p.schema), PROPERTY_DESCRIPTION_LIMIT);
            if (!description.isEmpty()) {
                notes.add(description);
            }
            md.append("| `").append(cell(p.name)).append("` | `get").append(ModelWriter.accessor(p)).append("()` | ")
                    .append(linkTypes(javaType, s.javaName(), "")).append(" | ").append(p.required ? "yes" : "no")
                    .append(" | ").append(rowValues(p.schema, javaType, s.javaName())).append(" | ")
                    .append(String.join(" ", notes)).append(" |\n");
        }
        md.append('\n');
    }

    /** The property's own description, else that of the schema it refers to. */
    private String describe(JsonNode property) {
        if (property.hasNonNull("description")) {
            return property.get("description").asText();
        }
        JsonNode target = target(property);
        return target == property ? "" : target.path("description").asText("");
    }

    /** The schema a property stands for: through {@code $ref}, a single {@code allOf} and array items. */
    private JsonNode target(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10; i++) {
            if (GeneratorContract.isSchemaRef(current)) {
                current = contract.resolve(current);
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else if ("array".equals(current.path("type").asText()) && current.has("items")) {
                current = current.get("items");
            } else {
                return current;
            }
        }
        return current;
    }

    private String rowValues(JsonNode property, String javaType, String owner) {
        JsonNode target = target(property);
        if (!target.has("enum")) {
            return "";
        }
        List<String> values = new ArrayList<>();
        target.get("enum").forEach(v -> values.add(v.asText()));
        List<String> shown = values.subList(0, Math.min(values.size(), VALUES_IN_ROW)).stream()
                .map(v -> "`" + cell(v) + "`").toList();
        String out = String.join(", ", shown);
        if (values.size() > VALUES_IN_ROW) {
            String enumType = enumSection(javaType, owner);
            out += " and " + (values.size() - VALUES_IN_ROW) + " more"
                    + (enumType == null ? "" : " (" + link(enumType, "") + ")");
        }
        return out;
    }

    /** The section that lists all values of a property's enum: its (element) type, or the alias it refers to. */
    private String enumSection(String javaType, String owner) {
        Matcher m = IDENTIFIER.matcher(javaType);
        while (m.find()) {
            String target = resolveName(m.group(), owner);
            if (target != null && sections.get(target).kind() == SchemaKind.ENUM) {
                return target;
            }
        }
        return null;
    }

    private void values(StringBuilder md, JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        boolean strings =
                !"number".equals(schema.path("type").asText()) && !"integer".equals(schema.path("type").asText());
        List<String> shown = new ArrayList<>();
        if (strings) {
            EnumWriter.constants(values).forEach((value, constant) -> shown.add("`" + cell(value) + "`"
                    + (constant == null ? " (no constant)" : constant.equals(value) ? "" : " (`" + constant + "`)")));
        } else {
            values.forEach(v -> shown.add("`" + cell(v) + "`"));
        }
        md.append(values.size()).append(values.size() == 1 ? " value" : " values");
        md.append(strings ? " (the Java constant in brackets where its name differs): " : ": ")
                .append(String.join(", ", shown)).append(".\n\n");
    }

    private void variants(StringBuilder md, Section s) {
        Unions.Union union = unions.all().stream().filter(u -> u.javaName().equals(s.javaName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Union not registered: " + s.javaName()));
        md.append("Discriminator: `").append(cell(union.property())).append("`.\n\n| `").append(cell(union.property()))
                .append("` | Variant |\n|---|---|\n");
        union.variants().forEach((value, variant) -> md.append("| `").append(cell(value)).append("` | ")
                .append(link(JavaNames.typeName(variant), "")).append(" |\n"));
        md.append("| any other | `").append(s.javaName()).append(".Unknown` |\n\n");
    }

    /** Links every documented type named in a Java type, e.g. {@code List<Details>} nested in its owner. */
    private String linkTypes(String javaType, String owner, String file) {
        StringBuilder out = new StringBuilder();
        Matcher m = IDENTIFIER.matcher(javaType);
        int last = 0;
        while (m.find()) {
            out.append(escape(javaType.substring(last, m.start())));
            String target = resolveName(m.group(), owner);
            out.append(target == null ? m.group() : link(target, file));
            last = m.end();
        }
        return out.append(escape(javaType.substring(last))).toString();
    }

    /** The section of a type name as it appears in a field's Java type, looking at the owner's nested types first. */
    private String resolveName(String name, String owner) {
        for (String o = owner; o != null; o = sections.get(o).owner()) {
            String nested = nestedNames.getOrDefault(o, Map.of()).get(name);
            if (nested != null) {
                return nested;
            }
        }
        Section s = sections.get(name);
        return s == null || s.kind() == SchemaKind.ALIAS ? null : name;
    }

    private static String link(String javaName, String file) {
        return "[`" + javaName + "`](" + file + "#" + anchor(javaName) + ")";
    }

    /** GeneratorContract text as one table-safe line: no line breaks or control characters, no HTML, bounded. */
    static String clean(String text, int limit) {
        String line = JavaNames.oneLine(text.replaceAll("\\p{Cntrl}", " "));
        if (line.length() > limit) {
            int cut = line.lastIndexOf(' ', limit - 1);
            line = line.substring(0, cut > limit / 2 ? cut : limit - 1) + "…";
        }
        return escape(cell(line));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final TypeMapper.NestedTypes IGNORE_NESTED = new TypeMapper.NestedTypes() {
        @Override
        public void inlineObject(String simpleName, JsonNode schema) {
        }

        @Override
        public void inlineEnum(String simpleName, JsonNode schema) {
        }

        @Override
        public void inlineUnion(String simpleName, JsonNode schema) {
        }
    };
}
