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
package io.github.camelsinch.provisioning.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.contract.ContractDocument;
import io.github.camelsinch.provisioning.tracking.WatchedResource;
import io.github.camelsinch.provisioning.tracking.WatchedResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watch table against the contract: every operation, item schema, id, status and modified path exists. */
class WatchedResourcesTest {

    static Stream<WatchedResource> resources() {
        return WatchedResources.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void everyPathExistsInTheContractItemSchema(WatchedResource resource) {
        String[] name = resource.uriPath().split("/");
        ApiOperation op = OperationCatalog.get().require(name[0], name[1]);
        assertEquals(resource.isList(), op.isPaginated(), "lists are exactly the paginated operations");
        assertEquals(resource.itemsField(), op.listItemsField());
        assertEquals("GET", op.method());

        JsonNode ref = itemSchemaRef(op, resource);
        String schemaName = ref.path("$ref").asText().replaceAll(".*/", "");
        JsonNode schema = ContractDocument.get().resolve(ref);
        assertEquals(resource.itemType().getSimpleName(), schemaName, "the item model is the contract item schema");
        List<String> paths = new ArrayList<>(resource.idFields());
        paths.addAll(resource.statusFields());
        if (resource.modifiedField() != null) {
            paths.add(resource.modifiedField());
        }
        for (String path : paths) {
            assertFalse(property(schema, path).isMissingNode(), path + " is not a field of " + schemaName);
            assertTrue(WatchFieldPaths.exists(resource.itemType(), path), path + " is not a field of the model");
        }
        for (String status : resource.statusFields()) {
            assertTrue(property(schema, status).has("enum"), status + " is an enum in the contract");
        }
    }

    @Test
    void nonWatchableOperationsAreRejectedNamingTheWatchableOnes() {
        ApiOperation webhooks = OperationCatalog.get().require("webhooks", "list");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WatchedResources.require(webhooks));
        assertTrue(e.getMessage().contains("webhooks/list"), e.getMessage());
        for (String watchable : List.of("whatsapp-senders/list", "whatsapp-templates/list", "whatsapp-accounts/get",
                "rcs-senders/list", "kakaotalk-senders/list", "kakaotalk-templates/list", "bundles/list",
                "conversation/getInstagram", "conversation/getMessenger", "conversation/getTelegram",
                "conversation/getViber")) {
            assertTrue(e.getMessage().contains(watchable), watchable + " in: " + e.getMessage());
        }
    }

    @Test
    void watchFieldsAreCheckedAgainstTheModel() {
        WatchedResource senders = WatchedResources.find("whatsapp-senders/list").orElseThrow();
        assertEquals(List.of("qualityRating", "changes.details"),
                WatchFieldPaths.parse(" qualityRating, changes.details,,qualityRating", senders));
        WatchedResource templates = WatchedResources.find("whatsapp-templates/list").orElseThrow();
        assertEquals(List.of("analytics.0.sent", "details.components"),
                WatchFieldPaths.parse("analytics.0.sent,details.components", templates));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WatchFieldPaths.parse("qualityRatin", senders));
        assertTrue(e.getMessage().contains("qualityRatin") && e.getMessage().contains("qualityRating"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WatchFieldPaths.parse("analytics.first", templates));
        assertThrows(IllegalArgumentException.class, () -> WatchFieldPaths.parse("state.", senders));
    }

    /** The {@code $ref} of the item schema: of the list's array elements, or of the response itself. */
    private static JsonNode itemSchemaRef(ApiOperation op, WatchedResource resource) {
        JsonNode response = ContractDocument.get().operation(op.operationId()).path("responses").path("200");
        JsonNode ref = ContractDocument.get().resolve(response).path("content").path("application/json")
                .path("schema");
        if (ref.has("anyOf")) {
            ref = ref.get("anyOf").get(0); // whatsapp-templates/list: the full page first, the field-masked second
        }
        if (resource.isList()) {
            JsonNode page = ContractDocument.get().resolve(ref);
            ref = page.path("properties").path(resource.itemsField()).path("items");
        }
        return ref;
    }

    /** The schema of a dotted property path, through $ref and allOf; missing when there is no such property. */
    private static JsonNode property(JsonNode schema, String path) {
        JsonNode current = schema;
        for (String segment : path.split("\\.")) {
            current = ContractDocument.get().resolve(current);
            if (current.has("allOf")) {
                current = ContractDocument.get().resolve(current.get("allOf").get(0));
            }
            current = current.path("properties").path(segment);
            if (current.isMissingNode()) {
                return current;
            }
        }
        JsonNode resolved = ContractDocument.get().resolve(current);
        return resolved.has("allOf") ? ContractDocument.get().resolve(resolved.get("allOf").get(0)) : resolved;
    }
}
