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
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one entry point handlers use to turn the contract into JSON: documented response examples as templates,
 * synthesized bodies where the contract has no example, input projection onto response schemas and request
 * validation. Templates are cached per operation and handed out as deep copies.
 */
public final class ContractShapes {

    private final Contract contract;
    private final ExampleSynthesizer synthesizer;
    private final SchemaProjector projector;
    private final RequestValidator validator;
    private final Map<String, JsonNode> templates = new ConcurrentHashMap<>();

    public ContractShapes(Contract contract) {
        this.contract = contract;
        this.synthesizer = new ExampleSynthesizer(contract);
        this.projector = new SchemaProjector(contract);
        this.validator = new RequestValidator(contract);
    }

    public Contract contract() {
        return contract;
    }

    /** A fresh copy of the documented success body of an operation (example, or synthesized from its schema). */
    public ObjectNode template(String operationId) {
        JsonNode template = templates.computeIfAbsent(operationId, id -> {
            OperationSpec op = contract.operation(id);
            return contract.responseExample(id, op.successStatus())
                    .orElseGet(() -> synthesizer.synthesize(op.successSchema()));
        });
        return (ObjectNode) template.deepCopy();
    }

    /** The part of {@code value} that the named component schema can carry, or null. */
    public JsonNode project(String schemaName, JsonNode value) {
        return projector.project(contract.schema(schemaName), value);
    }

    /** Validation errors of a request body for an operation; empty when valid or when it takes no body. */
    public List<String> validateBody(String operationId, JsonNode body) {
        JsonNode schema = contract.operation(operationId).requestBody();
        return schema == null ? List.of() : validator.validate(schema, body);
    }

    /** Validation errors of a single value against an inline parameter schema. */
    public List<String> validateValue(JsonNode schema, JsonNode value) {
        return validator.validate(schema, value);
    }
}
