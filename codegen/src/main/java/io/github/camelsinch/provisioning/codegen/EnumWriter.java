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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes an open enum: constants for the contract's values, and room for values a newer API adds. */
final class EnumWriter {

    private EnumWriter() {
    }

    /**
     * The constant name of each value, in contract order; null for a value with no letters or digits to name it by
     * (it is still known, without a constant). Clashing names get a {@code _2}, {@code _3}... suffix.
     */
    static Map<String, String> constants(List<String> values) {
        Set<String> used = new HashSet<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (String value : values) {
            String constant = JavaNames.constantName(value);
            if (constant == null) {
                out.put(value, null);
                continue;
            }
            String unique = constant;
            for (int i = 2; !used.add(unique); i++) {
                unique = constant + "_" + i;
            }
            out.put(value, unique);
        }
        return out;
    }

    static void write(CodeWriter w, String schemaName, String simpleName, JsonNode schema, boolean topLevel) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        w.javadoc(JavaNames.javadoc(schema.path("description").asText(null)),
                "An open enum: a value this version does not know (a newer API) is kept as it came, with "
                        + "{@link #isKnown()} false. Contract schema {@code " + schemaName + "}. "
                        + ModelWriter.GENERATED_NOTE);
        w.open("public " + (topLevel ? "" : "static ") + "final class " + simpleName + " extends OpenEnum {");
        w.line();
        List<String> members = new ArrayList<>();
        constants(values).forEach((value, constant) -> {
            if (constant == null) {
                members.add("new " + simpleName + "(" + JavaNames.literal(value) + ")");
                return;
            }
            w.javadoc("{@code " + JavaNames.javadoc(value) + "}");
            w.line("public static final " + simpleName + " " + constant + " = new " + simpleName + "("
                    + JavaNames.literal(value) + ");");
            members.add(constant);
        });
        w.line();
        w.line("private static final Map<String, " + simpleName + "> KNOWN = index(" + String.join(", ", members)
                + ");");
        w.line();
        w.open("private " + simpleName + "(String value) {");
        w.line("super(value);");
        w.close("}");
        w.line();
        w.javadoc(
                "The constant for a known value, or a new instance carrying an unknown one; never null for a non-null value.");
        w.line("@JsonCreator");
        w.open("public static " + simpleName + " of(String value) {");
        w.line("if (value == null) {");
        w.line("    return null;");
        w.line("}");
        w.line(simpleName + " known = KNOWN.get(value);");
        w.line("return known != null ? known : new " + simpleName + "(value);");
        w.close("}");
        w.line();
        w.javadoc("Every value the contract defines, in contract order.");
        w.open("public static Collection<" + simpleName + "> knownValues() {");
        w.line("return KNOWN.values();");
        w.close("}");
        w.line();
        w.line("@Override");
        w.open("public boolean isKnown() {");
        w.line("return KNOWN.containsKey(value());");
        w.close("}");
        w.close("}");
    }
}
