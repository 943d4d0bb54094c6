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
package io.github.camelsinch.provisioning.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.catalog.OperationParameter;
import io.github.camelsinch.provisioning.model.support.ListPage;
import io.github.camelsinch.provisioning.openapi.OpenApiDocument;
import io.github.camelsinch.provisioning.simulator.contract.Contract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue the build generated must say what the contract and the operation names table say. The contract tree
 * is interpreted here apart from the generator's writers, so a generator bug cannot hide behind itself.
 */
class CatalogMatchesContractTest {

    private final ContractDocument contract = ContractDocument.get();

    @Test
    void catalogueHasExactlyTheOperationsOfTheNamesTable() throws IOException {
        List<String> rows = Files.readAllLines(ContractDocument.OPERATIONS).stream().skip(1)
                .filter(l -> !l.isBlank()).toList();
        List<String> catalogue = new ArrayList<>();
        for (ApiOperation op : OperationCatalog.get().operations()) {
            catalogue.add(String.join("\t", op.api(), op.name(), op.method(), op.pathTemplate(), op.operationId()));
        }
        assertEquals(rows, catalogue);
        assertEquals(85, catalogue.size());
        assertEquals(15, OperationCatalog.get().apis().size());
        assertEquals(contract.root().path("info").path("version").asText(), OperationCatalog.get().contractVersion());
    }

    @Test
    void everyParameterMatchesTheContract() {
        for (ApiOperation op : OperationCatalog.get().operations()) {
            List<JsonNode> expected = contract.parameters(op.operationId());
            assertEquals(expected.size(), op.parameters().size(), op.uriPath());
            for (int i = 0; i < expected.size(); i++) {
                JsonNode e = expected.get(i);
                OperationParameter p = op.parameters().get(i);
                String where = op.uriPath() + " " + p.name();
                assertEquals(e.path("name").asText(), p.name(), where);
                assertEquals(e.path("in").asText(), p.location().name().toLowerCase(java.util.Locale.ROOT), where);
                assertEquals(e.path("in").asText().equals("path") || e.path("required").asBoolean(), p.required(),
                        where);
                JsonNode schema = contract.resolve(e.path("schema"));
                JsonNode enumSource =
                        "array".equals(schema.path("type").asText()) ? contract.resolve(schema.path("items")) : schema;
                List<String> enums = new ArrayList<>();
                enumSource.path("enum").forEach(v -> enums.add(v.asText()));
                enums.remove("UNRECOGNIZED"); // the protobuf placeholder is never a valid input value
                assertEquals(enums, p.enumValues(), where);
                assertEquals(schema.has("minimum") ? schema.get("minimum").asLong() : null, p.minimum(), where);
                assertEquals(schema.has("maximum") ? schema.get("maximum").asLong() : null, p.maximum(), where);
            }
        }
    }

    @Test
    void requestAndResponseShapesMatchTheContract() {
        for (ApiOperation op : OperationCatalog.get().operations()) {
            JsonNode node = contract.operation(op.operationId());
            assertEquals(node.has("requestBody"), op.requestBody().isPresent(), op.uriPath());
            op.requestBody().ifPresent(body -> {
                JsonNode schema = node.path("requestBody").path("content").path("application/json").path("schema");
                List<String> names = new ArrayList<>();
                if (schema.has("$ref")) {
                    names.add(last(schema.get("$ref").asText()));
                }
                schema.path("anyOf").forEach(v -> names.add(last(v.get("$ref").asText())));
                assertEquals(names, body.schemaNames(), op.uriPath());
                assertEquals(node.path("requestBody").path("required").asBoolean(), body.required(), op.uriPath());
            });
            assertEquals(contract.responseExample(op.operationId()).getKey(), op.responseStatus(), op.uriPath());
            boolean paginated = op.parameter("pageToken").isPresent();
            assertEquals(paginated, op.isPaginated(), op.uriPath());
            if (paginated) {
                // The producer reads a page's paging headers from its model; a list model without them would
                // fall back to a second read of every page.
                assertTrue(ListPage.class.isAssignableFrom(op.responseType()),
                        op.uriPath() + ": " + op.responseType() + " is not a ListPage");
            }
        }
    }

    @Test
    void everyModuleLoadsTheOneContract() {
        // One copy (sinch-provisioning-contract) and one reader: the simulator the tests run against serves the very
        // document these tests compare the catalogue with, and the catalogue was generated from its version.
        assertSame(OpenApiDocument.bundled(), contract.document());
        assertSame(OpenApiDocument.bundled(), Contract.bundled().document());
        assertEquals(OpenApiDocument.bundled().version(), OperationCatalog.get().contractVersion());
    }

    private static String last(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
