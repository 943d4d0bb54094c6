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
package io.github.camelsinch.provisioning.request;

import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.QueryParameter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one request builder: what every caller (producer, consumer, registrar, apply) sends is put together here. */
class OperationRequestTest {

    private static final ApiOperation SENDERS = OperationCatalog.get().require("whatsapp-senders", "list");
    private static final ApiOperation DELETE_TEMPLATE = OperationCatalog.get().require("whatsapp-templates", "delete");
    private static final ApiOperation CREATE_WEBHOOK = OperationCatalog.get().require("webhooks", "create");

    @Test
    void namesTheCallByItsUriPathAndPlacesEachValueWhereTheContractSays() {
        ApiRequest request = OperationRequest.of(DELETE_TEMPLATE).set("projectId", "p1").set("templateName", "promo")
                .set("languageCode", "EN_US").set("deleteSubmitted", true).build();

        assertEquals("whatsapp-templates/delete", request.displayName());
        assertEquals(DELETE_TEMPLATE.operationId(), request.operationId());
        assertEquals("DELETE", request.method());
        assertEquals(Map.of("projectId", "p1", "templateName", "promo", "languageCode", "EN_US"),
                request.pathParameters());
        assertEquals(List.of(new QueryParameter("deleteSubmitted", "true")), request.queryParameters());
    }

    @Test
    void queryParametersFollowTheContractOrderWithThePageTokenLast() {
        // Set in another order than the contract's (pageToken, pageSize, filterStates): sent in the contract's.
        ApiRequest request = OperationRequest.of(SENDERS).pageToken("t1").set("filterStates", "ACTIVE,IN_PROGRESS")
                .set("pageSize", 5).set("projectId", "p1").build();

        assertEquals(List.of(new QueryParameter("pageSize", "5"), new QueryParameter("filterStates", "ACTIVE"),
                new QueryParameter("filterStates", "IN_PROGRESS"), new QueryParameter("pageToken", "t1")),
                request.queryParameters());
    }

    @Test
    void oneInstanceBuildsEveryPageOfAWalk() {
        OperationRequest request = OperationRequest.of(SENDERS).set("projectId", "p1");

        assertEquals(List.of(), request.pageToken(null).build().queryParameters());
        assertEquals(List.of(new QueryParameter("pageToken", "a+b")), request.pageToken("a+b").build()
                .queryParameters(), "a token is sent as the server gave it");
        assertEquals(List.of(), request.pageToken(null).build().queryParameters());
    }

    @Test
    void theLargestPageIsTheContractsMaximumUnlessAPageSizeIsSet() {
        Long max = SENDERS.parameter("pageSize").orElseThrow().maximum();

        assertEquals(List.of(new QueryParameter("pageSize", String.valueOf(max))),
                OperationRequest.of(SENDERS).set("projectId", "p").largestPageUnlessSet().build().queryParameters());
        assertEquals(List.of(new QueryParameter("pageSize", "3")), OperationRequest.of(SENDERS).set("projectId", "p")
                .set("pageSize", "3").largestPageUnlessSet().build().queryParameters());
        assertEquals(List.of(), OperationRequest.of(CREATE_WEBHOOK).set("projectId", "p").largestPageUnlessSet()
                .build().queryParameters(), "an operation without pages gets no pageSize");
    }

    @Test
    void valuesAreCheckedAgainstTheContract() {
        IllegalArgumentException outOfBounds = assertThrows(IllegalArgumentException.class,
                () -> OperationRequest.of(SENDERS).set("pageSize", 0));
        assertTrue(
                outOfBounds.getMessage().contains("pageSize")
                        && outOfBounds.getMessage().contains("whatsapp-senders/list"),
                outOfBounds.getMessage());

        IllegalArgumentException notInEnum = assertThrows(IllegalArgumentException.class,
                () -> OperationRequest.of(SENDERS).set("filterStates", "ACTIV"));
        assertTrue(notInEnum.getMessage().contains("'ACTIV'") && notInEnum.getMessage().contains("ACTIVE"),
                notInEnum.getMessage());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> OperationRequest.of(SENDERS).set("senderId", "s1"));
        assertTrue(unknown.getMessage().contains("whatsapp-senders/list has no parameter senderId")
                && unknown.getMessage().contains("pageSize"), unknown.getMessage());

        assertThrows(IllegalArgumentException.class, () -> OperationRequest.of(SENDERS).set("pageToken", "t"),
                "the page token has its own setter, which leaves it out of the contract check");
        assertThrows(IllegalArgumentException.class, () -> OperationRequest.of(CREATE_WEBHOOK).pageToken("t"));
    }

    @Test
    void nullLeavesAParameterUnsetAndSetWireSendsTheValuesAsTheyAre() {
        OperationRequest request = OperationRequest.of(DELETE_TEMPLATE).set("projectId", "p1")
                .set("deleteSubmitted", null);
        assertFalse(request.isSet("deleteSubmitted"));
        assertTrue(request.isSet("projectId"));

        // A language the API listed but the contract's enum does not know is still the name of that template.
        ApiRequest request2 = request.setWire("templateName", List.of("promo"))
                .setWire("languageCode", List.of("xx_NEW")).build();
        assertEquals("xx_NEW", request2.pathParameters().get("languageCode"));
        assertNull(request2.body());
    }

    @Test
    void aMissingRequiredParameterFailsNamingHowToSetIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperationRequest.of(DELETE_TEMPLATE).set("projectId", "p1").set("templateName", "t").build());
        assertEquals("Missing required parameter languageCode of whatsapp-templates/delete: set the endpoint option"
                + " languageCode", e.getMessage());

        IllegalArgumentException custom = assertThrows(IllegalArgumentException.class,
                () -> OperationRequest.of(SENDERS).build(p -> "set the header X-" + p.name()));
        assertTrue(custom.getMessage().endsWith(": set the header X-projectId"), custom.getMessage());
    }

    @Test
    void carriesTheBodyAndAnotherDisplayName() {
        byte[] body = "{\"target\":\"https://x\"}".getBytes(StandardCharsets.UTF_8);

        ApiRequest request = OperationRequest.of(CREATE_WEBHOOK).displayName("webhooks/create (registration)")
                .set("projectId", "p1").body(body).build();

        assertArrayEquals(body, request.body());
        assertEquals("webhooks/create (registration)", request.displayName());
    }
}
