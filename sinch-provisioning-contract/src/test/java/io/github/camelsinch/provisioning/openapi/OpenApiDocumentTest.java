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
package io.github.camelsinch.provisioning.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiDocumentTest {

    private static final OpenApiDocument DOC = OpenApiDocument.parse("""
            openapi: 3.0.3
            info: {title: t, version: 9.9.9}
            paths:
              /things/{id}:
                parameters:
                  - $ref: '#/components/parameters/Id'
                summary: not an operation
                get:
                  operationId: GetThing
                  parameters:
                    - {name: view, in: query, schema: {type: string}}
                  responses: {'200': {$ref: '#/components/responses/Thing'}}
            components:
              parameters:
                Id: {name: id, in: path, required: true, schema: {type: string}}
              responses:
                Thing: {description: ok}
              schemas:
                Alias: {$ref: '#/components/schemas/Target'}
                Target: {type: string}
                LoopA: {$ref: '#/components/schemas/LoopB'}
                LoopB: {$ref: '#/components/schemas/LoopA'}
                Self: {$ref: '#/components/schemas/Self'}
                Broken: {$ref: '#/components/schemas/Nowhere'}
                Remote: {$ref: 'other.yaml#/components/schemas/X'}
            """);

    @Test
    void resolvesChainsOfLocalReferences() {
        assertEquals("string", DOC.resolve(DOC.schema("Alias")).path("type").asText());
        JsonNode plain = DOC.schema("Target");
        assertSame(plain, DOC.resolve(plain));
        assertEquals(null, DOC.resolve(null));
        assertTrue(OpenApiDocument.isSchemaRef(DOC.schema("Alias")));
        assertEquals("Target", OpenApiDocument.refName(DOC.schema("Alias")));
    }

    @Test
    void refusesACycleNamingIt() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DOC.resolve(DOC.schema("LoopA")));
        assertEquals("Circular $ref: #/components/schemas/LoopB -> #/components/schemas/LoopA"
                + " -> #/components/schemas/LoopB", e.getMessage());
        IllegalArgumentException self = assertThrows(IllegalArgumentException.class,
                () -> DOC.resolve(DOC.schema("Self")));
        assertTrue(self.getMessage().startsWith("Circular $ref: #/components/schemas/Self"), self.getMessage());
    }

    @Test
    void refusesDanglingAndRemoteReferences() {
        IllegalArgumentException dangling = assertThrows(IllegalArgumentException.class,
                () -> DOC.resolve(DOC.schema("Broken")));
        assertEquals("Dangling $ref #/components/schemas/Nowhere", dangling.getMessage());
        IllegalArgumentException remote = assertThrows(IllegalArgumentException.class,
                () -> DOC.resolve(DOC.schema("Remote")));
        assertTrue(remote.getMessage().contains("other.yaml#/components/schemas/X"), remote.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DOC.schema("Missing"));
    }

    @Test
    void operationsCarryPathAndOperationParametersResolved() {
        List<OpenApiDocument.Operation> ops = DOC.operations();
        assertEquals(1, ops.size(), "summary is no HTTP method");
        OpenApiDocument.Operation op = DOC.operation("GetThing");
        assertEquals("GET", op.method());
        assertEquals("/things/{id}", op.path());
        assertEquals(List.of("id", "view"), op.parameters().stream().map(p -> p.path("name").asText()).toList());
        assertEquals("9.9.9", DOC.version());
    }

    @Test
    void refusesARepeatedOperationId() {
        OpenApiDocument twice = OpenApiDocument.parse("""
                paths:
                  /a: {get: {operationId: Same}}
                  /b: {get: {operationId: Same}}
                """);
        assertEquals("Duplicate operationId Same",
                assertThrows(IllegalArgumentException.class, twice::operations).getMessage());
    }

    @Test
    void theBundledContractIsReadOnceAndResolvesEveryReference() {
        OpenApiDocument contract = OpenApiDocument.bundled();
        assertSame(contract, OpenApiDocument.bundled());
        assertEquals(85, contract.operations().size());
        // Every reference in the document leads somewhere, without a cycle.
        Stream.Builder<JsonNode> refs = Stream.builder();
        collectReferences(contract.root(), refs);
        refs.build().forEach(contract::resolve);
    }

    private static void collectReferences(JsonNode node, Stream.Builder<JsonNode> out) {
        if (node.has("$ref")) {
            out.add(node);
        }
        node.elements().forEachRemaining(child -> collectReferences(child, out));
    }

    @Test
    void theClasspathHoldsOneContract() throws IOException {
        List<URL> copies =
                Collections.list(getClass().getClassLoader().getResources(OpenApiDocument.RESOURCE.substring(1)));
        assertEquals(1, copies.size(), copies.toString());
    }

    @Test
    void theRepositoryHoldsOneContract() throws IOException {
        // Inside the repository there must be nothing to drift: no second provisioning-api.yaml outside build output.
        Path repository = Path.of("..").toRealPath();
        assertTrue(Files.isRegularFile(repository.resolve("pom.xml")), "not run from a module of the repository");
        try (Stream<Path> files = Files.walk(repository)) {
            List<Path> copies = files
                    .filter(p -> p.getFileName().toString().equals("provisioning-api.yaml"))
                    .map(repository::relativize)
                    .filter(p -> !p.toString().contains("target") && !p.startsWith(".git"))
                    .toList();
            assertEquals(List.of(Path.of("sinch-provisioning-contract/src/main/resources"
                    + OpenApiDocument.RESOURCE)), copies);
        }
    }
}
