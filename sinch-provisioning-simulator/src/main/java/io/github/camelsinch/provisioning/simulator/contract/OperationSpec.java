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
package io.github.camelsinch.provisioning.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One operation of the contract, with the parts the simulator needs already resolved.
 *
 * @param method       HTTP method in upper case
 * @param pathTemplate path with {@code {param}} placeholders, e.g. {@code /v1/projects/{projectId}/webhooks}
 * @param operationId  the contract's operationId
 * @param tag          the first tag, e.g. {@code WhatsApp Senders}
 * @param parameters   path and query parameters by name, resolved
 * @param requestBody  the JSON request body schema, or null when the operation takes no body
 * @param responses    the JSON media object per status code (null value for responses without a body)
 * @param pageSize     the bounds of the {@code pageSize} query parameter, if the operation pages
 */
public record OperationSpec(String method, String pathTemplate, String operationId, String tag,
                            Map<String, JsonNode> parameters, JsonNode requestBody,
                            Map<Integer, JsonNode> responses, Optional<PageSizeBounds> pageSize) {

    static OperationSpec read(String method, String path, JsonNode op, UnaryOperator<JsonNode> resolve) {
        Map<String, JsonNode> params = new LinkedHashMap<>();
        op.path("parameters").forEach(p -> {
            JsonNode param = resolve.apply(p);
            params.put(param.path("name").asText(), param);
        });
        JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
        Map<Integer, JsonNode> responses = new LinkedHashMap<>();
        op.path("responses").fields().forEachRemaining(r -> {
            JsonNode media = resolve.apply(r.getValue()).path("content").path("application/json");
            responses.put(Integer.parseInt(r.getKey()), media.isMissingNode() ? null : media);
        });
        return new OperationSpec(method, path, op.path("operationId").asText(), op.path("tags").path(0).asText(),
                Map.copyOf(params), body.isMissingNode() ? null : body, responses,
                PageSizeBounds.of(params.get("pageSize"), resolve));
    }

    /** The media object documented for a status, or null. */
    public JsonNode responseMedia(int status) {
        return responses.get(status);
    }

    /** The schema of a successful JSON response, or null when the success response has no body. */
    public JsonNode successSchema() {
        return responses.entrySet().stream()
                .filter(e -> e.getKey() / 100 == 2 && e.getValue() != null)
                .map(e -> e.getValue().path("schema"))
                .findFirst().orElse(null);
    }

    /** The documented 2xx status code (the first one when several are listed). */
    public int successStatus() {
        return responses.keySet().stream().filter(s -> s / 100 == 2).findFirst().orElse(200);
    }
}
