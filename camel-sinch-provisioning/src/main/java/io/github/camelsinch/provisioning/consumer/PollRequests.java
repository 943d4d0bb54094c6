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

import io.github.camelsinch.provisioning.SinchProvisioningApiParameters;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationParameter;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.request.OperationRequest;

import java.util.Map;

/**
 * The requests of a consumer, from its endpoint options alone (a consumer has no message to read headers from),
 * through the shared {@link OperationRequest}. A list is read with the largest page the operation allows unless
 * {@code pageSize} is set: fewest requests.
 */
final class PollRequests {

    private final ApiOperation operation;
    private final SinchProvisioningApiParameters options;
    private final String projectId;

    PollRequests(ApiOperation operation, SinchProvisioningApiParameters options, String projectId) {
        this.operation = operation;
        this.options = options;
        this.projectId = projectId;
    }

    /**
     * @param pathParameters per-target path values (conversationAppId), taking precedence over the options
     * @param pageToken      the page to read, or null for the first
     */
    ApiRequest request(Map<String, String> pathParameters, String pageToken) {
        OperationRequest request = OperationRequest.of(operation);
        for (OperationParameter p : operation.parameters()) {
            String name = p.name();
            if (name.equals("projectId")) {
                request.set(name, projectId);
            } else if (!name.equals("pageToken")) {
                request.set(name, pathParameters.containsKey(name) ? pathParameters.get(name) : options.get(name));
            }
        }
        return request.largestPageUnlessSet().pageToken(pageToken).build();
    }
}
