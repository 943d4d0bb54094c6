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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code $ref} cycles: through a class they are ordinary recursive models; through schemas with no class of their
 * own (aliases, renaming subclasses, bare references) they have no Java type, and the generator says so instead of
 * looping or overflowing its stack.
 */
class RefCycleTest {

    @TempDir
    Path dir;

    private Map<String, String> generate(String schemas) throws IOException {
        Path contract = dir.resolve("contract.yaml");
        Files.writeString(contract, """
                openapi: 3.0.3
                info: {title: cycles, version: '1'}
                paths:
                  /a:
                    get:
                      operationId: GetA
                      parameters:
                        - {name: q, in: query, schema: {$ref: '#/components/schemas/Q'}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}
                components:
                  schemas:
                """ + (schemas.contains("\nQ:") || schemas.startsWith("Q:") ? schemas : schemas + "Q: {type: string}\n")
                .indent(4));
        Path table = dir.resolve("operations.tsv");
        Files.writeString(table, "api\toperation\tmethod\tpath\toperationId\na\tget\tGET\t/a\tGetA\n");
        return GenerateSources.generate(contract, table);
    }

    @Test
    void aCycleThroughClassesIsARecursiveModel() throws IOException {
        Map<String, String> files = generate("""
                A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}
                B: {type: object, properties: {a: {$ref: '#/components/schemas/A'}, all: {type: array, items: {$ref: '#/components/schemas/A'}}}}
                """);
        assertTrue(files.get("io/github/camelsinch/provisioning/model/A.java").contains("    private B b;"));
        assertTrue(files.get("io/github/camelsinch/provisioning/model/B.java").contains("    private List<A> all;"));
    }

    @Test
    void aCycleOfArrayAliasesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generate("""
                A: {type: object, properties: {list: {$ref: '#/components/schemas/ListA'}}}
                ListA: {type: array, items: {$ref: '#/components/schemas/ListB'}}
                ListB: {type: array, items: {$ref: '#/components/schemas/ListA'}}
                """));
        assertEquals("$ref cycle without a class on the way: ListA -> ListB -> ListA", e.getMessage());
    }

    @Test
    void aCycleOfUnionAliasesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generate("""
                A: {type: object, properties: {x: {$ref: '#/components/schemas/X'}}}
                X: {oneOf: [{$ref: '#/components/schemas/Y'}]}
                Y: {anyOf: [{$ref: '#/components/schemas/X'}]}
                """));
        assertEquals("$ref cycle without a class on the way: X -> Y -> X", e.getMessage());
    }

    @Test
    void aCycleOfRenamingSubclassesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generate("""
                A: {allOf: [{$ref: '#/components/schemas/B'}]}
                B: {allOf: [{$ref: '#/components/schemas/A'}]}
                """));
        assertEquals("$ref cycle without a class on the way: A -> B -> A", e.getMessage());
    }

    @Test
    void aCycleOfBareReferencesIsRefusedByTheReader() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generate("""
                A: {type: object, properties: {q: {type: string}}}
                Q: {$ref: '#/components/schemas/Q2'}
                Q2: {$ref: '#/components/schemas/Q'}
                """));
        assertEquals("Circular $ref: #/components/schemas/Q -> #/components/schemas/Q2 -> #/components/schemas/Q",
                e.getMessage());
    }
}
