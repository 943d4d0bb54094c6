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

import java.util.Locale;
import java.util.Set;

/** Turns contract names into legal, stable Java names and literals. */
final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "record", "yield");

    /** Names the generated members must not shadow: they belong to Object or to the models' base class. */
    private static final Set<String> RESERVED_MEMBERS = Set.of(
            "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
            "additionalProperties", "schemaName", "propertyNames", "propertyValues", "secretProperties");

    private JavaNames() {
    }

    static String typeName(String schemaName) {
        String cleaned = schemaName.replaceAll("[^A-Za-z0-9_]", "_");
        return capitalize(Character.isJavaIdentifierStart(cleaned.charAt(0)) ? cleaned : "_" + cleaned);
    }

    static String memberName(String propertyName) {
        StringBuilder out = new StringBuilder();
        boolean upperNext = false;
        for (char c : propertyName.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            } else {
                upperNext = out.length() > 0;
            }
        }
        String name = out.length() == 0 ? "value" : out.toString();
        if (Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        return KEYWORDS.contains(name) || RESERVED_MEMBERS.contains(name) ? name + "_" : name;
    }

    /** Constant name of an enum value; null when the value has no ASCII letters or digits to build one from. */
    static String constantName(String value) {
        String upper = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        String cleaned = upper.replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (cleaned.isEmpty()) {
            return null;
        }
        return Character.isDigit(cleaned.charAt(0)) ? "_" + cleaned : cleaned;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String literal(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Text safe inside a Javadoc comment. */
    static String javadoc(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return text.strip()
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;").replace("\\u", "\\\\u");
    }

    /** One line of plain text, for descriptions placed in annotations and docs. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
