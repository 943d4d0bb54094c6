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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps a schema of the contract to the Java type of a model property. Inline object, enum and union schemas become
 * nested types of the owning class; {@link NestedTypes} receives them.
 */
final class TypeMapper {

    static final String JSON_NODE = "JsonNode";

    /** Receives the inline types met while mapping a class's properties. */
    interface NestedTypes {
        void inlineObject(String simpleName, JsonNode schema);

        void inlineEnum(String simpleName, JsonNode schema);

        void inlineUnion(String simpleName, JsonNode schema);
    }

    private final GeneratorContract contract;
    private final Deque<String> aliasesInProgress = new ArrayDeque<>();

    TypeMapper(GeneratorContract contract) {
        this.contract = contract;
    }

    String typeOf(JsonNode schema, String propertyName, NestedTypes nested) {
        if (GeneratorContract.isSchemaRef(schema)) {
            return namedType(GeneratorContract.refName(schema));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return typeOf(schema.get("allOf").get(0), propertyName, nested);
        }
        if (Unions.isUnion(schema)) {
            String name = Unions.inlineName(propertyName, false);
            nested.inlineUnion(name, schema);
            return name;
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return widestVariant(schema);
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "array" : {
                JsonNode items = schema.path("items");
                if (Unions.isUnion(items)) {
                    String name = Unions.inlineName(propertyName, true);
                    nested.inlineUnion(name, items);
                    return "List<" + name + ">";
                }
                return "List<" + typeOf(items, propertyName + "Item", nested) + ">";
            }
            case "object" :
                if (schema.has("properties")) {
                    String name = JavaNames.capitalize(JavaNames.memberName(propertyName));
                    nested.inlineObject(name, schema);
                    return name;
                }
                return mapType(schema);
            case "string" :
                if (schema.has("enum")) {
                    String name = JavaNames.capitalize(JavaNames.memberName(propertyName));
                    nested.inlineEnum(name, schema);
                    return name;
                }
                return "String";
            default :
                return scalarType(schema);
        }
    }

    /** The Java type a reference to this named schema stands for. */
    String namedType(String schemaName) {
        JsonNode schema = contract.schema(schemaName);
        return switch (SchemaKind.of(schema)) {
            case OBJECT, ENUM, UNION -> JavaNames.typeName(schemaName);
            case SUBCLASS -> {
                parentOf(schemaName);
                yield JavaNames.typeName(schemaName);
            }
            case ALIAS -> {
                // An alias is the type it stands for: a $ref cycle of aliases stands for nothing, and would recurse
                // until the stack overflows.
                if (aliasesInProgress.contains(schemaName)) {
                    throw cycle(aliasesInProgress, schemaName);
                }
                aliasesInProgress.addLast(schemaName);
                try {
                    yield aliasType(schema);
                } finally {
                    aliasesInProgress.removeLast();
                }
            }
        };
    }

    /** The parent schema of a renaming subclass, refused when the chain of parents comes back to where it started. */
    String parentOf(String subclassSchema) {
        Deque<String> chain = new ArrayDeque<>();
        String current = subclassSchema;
        while (SchemaKind.of(contract.schema(current)) == SchemaKind.SUBCLASS) {
            if (chain.contains(current)) {
                throw cycle(chain, current);
            }
            chain.addLast(current);
            current = GeneratorContract.refName(contract.schema(current).get("allOf").get(0));
        }
        return GeneratorContract.refName(contract.schema(subclassSchema).get("allOf").get(0));
    }

    private static IllegalArgumentException cycle(Deque<String> chain, String again) {
        List<String> names = new ArrayList<>(chain);
        return new IllegalArgumentException("$ref cycle without a class on the way: "
                + String.join(" -> ", names.subList(names.indexOf(again), names.size())) + " -> " + again);
    }

    private String aliasType(JsonNode schema) {
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return widestVariant(schema);
        }
        if ("object".equals(schema.path("type").asText())) {
            return mapType(schema);
        }
        if ("array".equals(schema.path("type").asText())) {
            return "List<" + typeOf(schema.path("items"), "item", NO_NESTED) + ">";
        }
        return scalarType(schema);
    }

    private String mapType(JsonNode schema) {
        JsonNode additional = schema.get("additionalProperties");
        if (additional == null || additional.isBoolean() || additional.isEmpty() || additional.has("oneOf")
                || additional.has("anyOf")) {
            return additional == null || additional.isBoolean() || additional.isEmpty()
                    ? JSON_NODE : "Map<String, JsonNode>";
        }
        return "Map<String, " + typeOf(additional, "value", NO_NESTED) + ">";
    }

    private static String scalarType(JsonNode schema) {
        return switch (schema.path("type").asText("")) {
            case "string" -> "String";
            case "boolean" -> "Boolean";
            case "integer" -> "Long";
            case "number" -> schema.has("enum") ? "Integer" : "BigDecimal";
            default -> JSON_NODE;
        };
    }

    /**
     * An undiscriminated oneOf/anyOf maps to its first variant when every other variant is a subset of it (the
     * contract's "full or partial" pairs, e.g. a template and the same template restricted by a field mask): the
     * tolerant models read the partial shape into the full class. Anything else stays a JSON tree.
     */
    String widestVariant(JsonNode schema) {
        JsonNode variants = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
        if (!GeneratorContract.isSchemaRef(variants.get(0))) {
            return JSON_NODE;
        }
        Set<String> widest = propertyNames(contract.schema(GeneratorContract.refName(variants.get(0))));
        for (JsonNode variant : variants) {
            if (!GeneratorContract.isSchemaRef(variant)
                    || !widest.containsAll(propertyNames(contract.schema(GeneratorContract.refName(variant))))) {
                return JSON_NODE;
            }
        }
        return namedType(GeneratorContract.refName(variants.get(0)));
    }

    private static Set<String> propertyNames(JsonNode schema) {
        Set<String> names = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static final NestedTypes NO_NESTED = new NestedTypes() {
        @Override
        public void inlineObject(String simpleName, JsonNode schema) {
            throw new IllegalArgumentException("Inline object schemas are only supported as model properties");
        }

        @Override
        public void inlineEnum(String simpleName, JsonNode schema) {
            throw new IllegalArgumentException("Inline enums are only supported as model properties");
        }

        @Override
        public void inlineUnion(String simpleName, JsonNode schema) {
            throw new IllegalArgumentException("Inline unions are only supported as model properties");
        }
    };
}
