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
import java.util.Set;

/**
 * Writes a discriminated union as an interface whose deserializer picks the variant class from the discriminator,
 * with an {@code Unknown} variant for values a newer API adds.
 */
final class UnionWriter {

    private final Unions unions;

    UnionWriter(Unions unions) {
        this.unions = unions;
    }

    void write(CodeWriter w, String qualifiedName, String simpleName, JsonNode schema, Set<String> superInterfaces,
               boolean topLevel) {
        Unions.Union union = unions.all().stream().filter(u -> u.javaName().equals(qualifiedName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Union not registered: " + qualifiedName));
        StringBuilder variantsDoc = new StringBuilder("Variants by {@code " + union.property() + "}:");
        union.variants().forEach((value, variant) -> variantsDoc.append(" {@code ").append(JavaNames.javadoc(value))
                .append("} {@link ").append(JavaNames.typeName(variant)).append("};"));
        w.javadoc(JavaNames.javadoc(schema.path("description").asText(null)), variantsDoc.toString(),
                "A variant this version does not know is read as {@link Unknown}, keeping all its fields. "
                        + ModelWriter.GENERATED_NOTE);
        w.line("@JsonDeserialize(using = " + simpleName + ".Deserializer.class)");
        String extendsClause = superInterfaces.isEmpty() ? "" : " extends " + String.join(", ", superInterfaces);
        w.open("public " + (topLevel ? "" : "static ") + "interface " + simpleName + extendsClause + " {");
        w.line();
        w.javadoc("Picks the variant class from the {@code " + union.property() + "} property.");
        w.open("final class Deserializer extends UnionDeserializer<" + simpleName + "> {");
        w.line();
        w.open("public Deserializer() {");
        w.line("super(" + simpleName + ".class, " + JavaNames.literal(union.property()) + ", Map.ofEntries(");
        List<String> entries = new ArrayList<>();
        union.variants().forEach((value, variant) -> entries.add("        Map.entry(" + JavaNames.literal(value) + ", "
                + JavaNames.typeName(variant) + ".class)"));
        for (int i = 0; i < entries.size(); i++) {
            w.line(entries.get(i) + (i == entries.size() - 1 ? ")," : ","));
        }
        w.line("        Unknown::new);");
        w.close("}");
        w.close("}");
        w.line();
        w.javadoc("A variant this version of the component does not know; every field is kept.");
        w.line("@JsonDeserialize(using = JsonDeserializer.None.class)");
        w.open("final class Unknown extends UnknownVariant implements " + simpleName + " {");
        w.close("}");
        w.close("}");
    }
}
