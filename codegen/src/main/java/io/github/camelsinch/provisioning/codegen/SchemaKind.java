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

/** How a named schema of the contract becomes Java. */
enum SchemaKind {
    /** An object with properties: a model class. */
    OBJECT,
    /** A string enum: an open enum class that keeps unknown values. */
    ENUM,
    /** A oneOf with a discriminator: an interface whose deserializer picks the variant. */
    UNION,
    /** An allOf of exactly one object schema: a subclass that only renames it. */
    SUBCLASS,
    /** Anything else (plain strings, number enums, undiscriminated anyOf): an alias for an existing Java type. */
    ALIAS;

    static SchemaKind of(JsonNode schema) {
        if (schema.has("enum") && "string".equals(schema.path("type").asText("string"))) {
            return ENUM;
        }
        if (schema.has("oneOf") && schema.has("discriminator")) {
            return UNION;
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1
                && GeneratorContract.isSchemaRef(schema.get("allOf").get(0))
                && !schema.has("properties")) {
            return SUBCLASS;
        }
        if (schema.has("properties") || ("object".equals(schema.path("type").asText())
                && !schema.has("additionalProperties"))) {
            return OBJECT;
        }
        return ALIAS;
    }
}
