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
package io.github.camelsinch.provisioning.simulator.support;

import io.github.camelsinch.provisioning.simulator.contract.Contract;
import io.github.camelsinch.provisioning.simulator.contract.OperationSpec;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calls operations by operationId (method and path come from the contract), validates every exchange against the
 * contract and remembers which operations were covered.
 */
public final class Scenario {

    private final SimClient client;
    private final String projectId;
    private final Set<String> covered = new LinkedHashSet<>();
    private final List<String> errors = new ArrayList<>();

    public Scenario(SimClient client, String projectId) {
        this.client = client;
        this.projectId = projectId;
    }

    /** Calls an operation and checks it answered {@code expectedStatus}; path parameters as name/value pairs. */
    public SimClient.Exchange callWithQuery(String operationId, int expectedStatus, String body, String query,
                                            String... pathParams) {
        return call(true, operationId, expectedStatus, body, query, pathParams);
    }

    /** Like {@link #callWithQuery} for a request that breaks the contract on purpose: only the response is validated. */
    public SimClient.Exchange callInvalid(String operationId, int expectedStatus, String body, String query,
                                          String... pathParams) {
        return call(false, operationId, expectedStatus, body, query, pathParams);
    }

    private SimClient.Exchange call(boolean validRequest, String operationId, int expectedStatus, String body,
                                    String query, String... pathParams) {
        OperationSpec op = Contract.bundled().operation(operationId);
        String path = op.pathTemplate().replace("{projectId}", projectId);
        for (int i = 0; i < pathParams.length; i += 2) {
            path = path.replace("{" + pathParams[i] + "}",
                    URLEncoder.encode(pathParams[i + 1], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String target = query == null ? path : path + "?" + query;
        SimClient.Exchange exchange = client.send(op.method(), target, body,
                body == null ? Map.of() : Map.of("Content-Type", "application/json"));
        covered.add(operationId);
        if (exchange.status() != expectedStatus) {
            errors.add(operationId + ": expected " + expectedStatus + " but got " + exchange);
        }
        (validRequest ? ContractValidation.errors(exchange) : ContractValidation.responseErrors(exchange))
                .forEach(e -> errors.add(operationId + " " + exchange.status() + ": " + e));
        return exchange;
    }

    public SimClient.Exchange call(String operationId, int expectedStatus, String body, String... pathParams) {
        return callWithQuery(operationId, expectedStatus, body, null, pathParams);
    }

    public Set<String> covered() {
        return covered;
    }

    public List<String> errors() {
        return errors;
    }
}
