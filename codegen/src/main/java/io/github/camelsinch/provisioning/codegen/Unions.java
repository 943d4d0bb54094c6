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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every discriminated union of the contract before any class is written, because a variant class must name
 * all the union interfaces it implements, and those may be declared inline in other schemas.
 */
final class Unions {

    /** A union interface: its Java name (qualified by its owner for inline ones) and its variants. */
    record Union(String javaName, String property, Map<String, String> variants) {
    }

    private final Map<String, Set<String>> interfacesBySchema = new LinkedHashMap<>();
    private final List<Union> unions = new ArrayList<>();

    Unions(GeneratorContract contract) {
        contract.schemas().forEach((name, schema) -> {
            String typeName = JavaNames.typeName(name);
            if (SchemaKind.of(schema) == SchemaKind.UNION) {
                register(typeName, schema);
            }
            if (SchemaKind.of(schema) == SchemaKind.OBJECT) {
                scanProperties(typeName, schema);
            }
        });
    }

    /** The interface name of an inline union declared on a property (or on its array items). */
    static String inlineName(String propertyName, boolean items) {
        return JavaNames.capitalize(JavaNames.memberName(propertyName)).replaceAll("_$", "")
                + (items ? "Item" : "Variant");
    }

    /** The interfaces the class of this schema implements (or, for a union, extends). */
    Set<String> interfacesOf(String schemaName) {
        return interfacesBySchema.getOrDefault(schemaName, Set.of());
    }

    List<Union> all() {
        return unions;
    }

    private void scanProperties(String ownerJavaName, JsonNode objectSchema) {
        objectSchema.path("properties").fields().forEachRemaining(p -> {
            JsonNode prop = p.getValue();
            if (isUnion(prop)) {
                register(ownerJavaName + "." + inlineName(p.getKey(), false), prop);
            } else if (isUnion(prop.path("items"))) {
                register(ownerJavaName + "." + inlineName(p.getKey(), true), prop.get("items"));
            } else if (prop.has("properties")) {
                scanProperties(ownerJavaName + "." + JavaNames.capitalize(JavaNames.memberName(p.getKey())), prop);
            }
        });
    }

    static boolean isUnion(JsonNode schema) {
        return schema.has("oneOf") && schema.has("discriminator");
    }

    private void register(String javaName, JsonNode schema) {
        Map<String, String> variants = new LinkedHashMap<>();
        schema.path("discriminator").path("mapping").fields().forEachRemaining(m -> {
            String ref = m.getValue().asText();
            variants.put(m.getKey(), ref.substring(ref.lastIndexOf('/') + 1));
        });
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("Union " + javaName + " has a discriminator without a mapping");
        }
        String property = schema.path("discriminator").path("propertyName").asText();
        unions.add(new Union(javaName, property, variants));
        new LinkedHashSet<>(variants.values()).forEach(
                variant -> interfacesBySchema.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add(javaName));
    }
}
