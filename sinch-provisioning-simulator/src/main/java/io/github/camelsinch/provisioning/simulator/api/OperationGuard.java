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
package io.github.camelsinch.provisioning.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelsinch.provisioning.simulator.contract.ContractShapes;
import io.github.camelsinch.provisioning.simulator.contract.OperationSpec;
import io.github.camelsinch.provisioning.simulator.http.PapiErrors;
import io.github.camelsinch.provisioning.simulator.http.ServerRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a request against its operation before any handler runs, the way the API rejects bad input before it
 * touches state: enum path parameters, query parameters (paging bounds, enum filters, booleans) and the JSON body.
 */
final class OperationGuard {

    private final ContractShapes shapes;

    OperationGuard(ContractShapes shapes) {
        this.shapes = shapes;
    }

    void check(OperationSpec op, ServerRequest request) {
        Pagination.parse(op, request);
        for (Map.Entry<String, JsonNode> param : op.parameters().entrySet()) {
            checkParameter(op, param.getKey(), param.getValue(), request);
        }
        if (op.requestBody() != null) {
            JsonNode body = request.json();
            List<String> errors = shapes.validateBody(op.operationId(), body);
            if (!errors.isEmpty()) {
                throw PapiErrors.invalid("invalid_input", errors);
            }
        }
    }

    private void checkParameter(OperationSpec op, String name, JsonNode param, ServerRequest request) {
        String in = param.path("in").asText();
        if (name.equals("pageSize") || name.equals("pageToken") || name.equals("projectId")) {
            return;
        }
        JsonNode schema = param.path("schema");
        List<String> values = new ArrayList<>();
        if ("path".equals(in)) {
            values.add(request.pathParam(name));
        } else if ("query".equals(in)) {
            boolean array = "array".equals(shapes.contract().resolve(schema).path("type").asText());
            values = array ? request.queryList(name) : request.query(name).map(List::of).orElse(List.of());
            if (array) {
                schema = shapes.contract().resolve(schema).path("items");
            }
        }
        List<String> errors = new ArrayList<>();
        for (String value : values) {
            JsonNode typed = typed(schema, value);
            shapes.validateValue(schema, typed).forEach(e -> errors.add(e.replaceFirst("^body", name)));
        }
        if (!errors.isEmpty()) {
            // Where the operation documents a specific code (invalid_filter_states), use it.
            String specific = "invalid_" + snake(name);
            String code = shapes.contract().documentedErrorCodes(op.operationId(), 400).contains(specific)
                    ? specific : "invalid_input";
            throw PapiErrors.invalid(code, errors);
        }
    }

    /** Query and path values arrive as text; booleans and numbers are converted so the schema check is fair. */
    private JsonNode typed(JsonNode schema, String value) {
        String type = shapes.contract().resolve(schema).path("type").asText();
        if ("boolean".equals(type) && ("true".equals(value) || "false".equals(value))) {
            return com.fasterxml.jackson.databind.node.BooleanNode.valueOf(Boolean.parseBoolean(value));
        }
        if (("number".equals(type) || "integer".equals(type)) && value.matches("-?\\d+(\\.\\d+)?")) {
            return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(new java.math.BigDecimal(value));
        }
        return TextNode.valueOf(value);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
