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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import io.github.camelsinch.provisioning.StubbedApiTestSupport;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.client.ApiCallException;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.client.ApiResponse;
import io.github.camelsinch.provisioning.client.ErrorKind;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.client.StubResponse;
import io.github.camelsinch.provisioning.model.WebhookWebhookDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one reader of success bodies: a body that is not what the contract promises is the same typed SERVER error
 * whoever reads it, naming the operation and the real URL of the call (never the path template) and never quoting
 * the body.
 */
class ResponseJsonTest extends StubbedApiTestSupport {

    private static final String SECRET_IN_BODY = "whsec-do-not-leak";
    private static final String WEBHOOK = "/v1/projects/" + PROJECT_ID + "/webhooks/wh-1";

    private SinchApiClient client;
    private ApiRequest request;

    @BeforeEach
    void client() {
        client = context.getEndpoint("sinch-prov:webhooks/get", SinchProvisioningEndpoint.class).client();
        request = OperationRequest.of(OperationCatalog.get().require("webhooks", "get"))
                .set("projectId", PROJECT_ID).set("webhookId", "wh-1").build();
    }

    private ApiResponse answer(String json) {
        server.enqueue("GET", WEBHOOK, StubResponse.json(200, json));
        return client.execute(request);
    }

    @Test
    void readsAWellFormedBodyAsTreeObjectAndModel() {
        String json = "{\"id\":\"wh-1\",\"target\":\"https://hooks.example.com\"}";
        assertEquals("wh-1", ResponseJson.tree(client, request, answer(json)).path("id").asText());
        assertEquals("wh-1", ResponseJson.object(client, request, answer(json)).path("id").asText());
        assertEquals("wh-1", ResponseJson.model(client, request, answer(json), WebhookWebhookDto.class).getId());
        JsonNode tree = ResponseJson.tree(client, request, answer(json));
        assertEquals("wh-1", ResponseJson.model(client, request, 200, 1, tree, WebhookWebhookDto.class).getId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tree of broken JSON|{\"id\":\"whsec-do-not-leak|the body is not JSON (",
        "object of an array|[\"whsec-do-not-leak\"]|the body is not a JSON object",
        "model of the wrong shape|[\"whsec-do-not-leak\"]|the body is not the expected JSON ("})
    void aBodyThatIsNotTheContractsIsAServerErrorNamingTheRealUrl(String read, String body, String why) {
        Function<ApiResponse, Object> reader = switch (read.substring(0, read.indexOf(' '))) {
            case "tree" -> r -> ResponseJson.tree(client, request, r);
            case "object" -> r -> ResponseJson.object(client, request, r);
            default -> r -> ResponseJson.model(client, request, r, WebhookWebhookDto.class);
        };
        ApiResponse response = answer(body);

        ApiCallException e = assertThrows(ApiCallException.class, () -> reader.apply(response));

        assertEquals(ErrorKind.SERVER, e.kind());
        assertEquals(200, e.httpStatus());
        assertEquals(1, e.attempts(), "the request that got the body is counted");
        assertEquals("webhooks/get", e.operation());
        assertEquals("GET " + server.baseUrl() + WEBHOOK, e.sanitizedUri());
        assertTrue(e.getMessage().startsWith("webhooks/get GET " + server.baseUrl() + WEBHOOK)
                && e.getMessage().contains(why), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET_IN_BODY), "the body is never quoted");
        assertFalse(e.getMessage().contains("{webhookId}"), "the real URL, not the path template");
    }

    @Test
    void aParsedTreeOfTheWrongShapeCountsTheAttemptsItIsGiven() {
        JsonNode tree = ResponseJson.tree(client, request, answer("[1,2]"));

        ApiCallException e = assertThrows(ApiCallException.class,
                () -> ResponseJson.model(client, request, 200, 0, tree, WebhookWebhookDto.class));

        assertEquals(0, e.attempts(), "pages merged by fetchAllPages were counted as they were read");
        assertEquals(ErrorKind.SERVER, e.kind());
    }
}
