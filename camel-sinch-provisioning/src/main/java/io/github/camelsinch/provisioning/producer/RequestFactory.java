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
package io.github.camelsinch.provisioning.producer;

import io.github.camelsinch.provisioning.SinchProvisioningApiParameters;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationParameter;
import io.github.camelsinch.provisioning.catalog.ParameterLocation;
import io.github.camelsinch.provisioning.catalog.ParameterValidator;
import io.github.camelsinch.provisioning.client.ApiRequest;
import io.github.camelsinch.provisioning.request.OperationRequest;
import org.apache.camel.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills the shared {@link OperationRequest} of one call from the endpoint options and the component's own headers. Nothing else on the message is read: a stray {@code Authorization} or {@code CamelHttpUri} header has no
 * way into the request.
 */
final class RequestFactory {

    private static final String PROJECT_ID = "projectId";
    private static final String PAGE_TOKEN = "pageToken";

    private final SinchProvisioningConfiguration configuration;
    private final SinchProvisioningApiParameters options;
    private final ApiOperation endpointOperation;
    private final Map<String, List<String>> checkedValues;
    /**
     * Per operation (the endpoint's, and any a header switches to), each parameter's wire values from the endpoint
     * options: the endpoint's own were checked when it was created, those of another operation are checked at its
     * first call; options do not change after that, so only header values need checking on every call.
     */
    private final Map<ApiOperation, List<BoundParameter>> bound = new ConcurrentHashMap<>();

    /**
     * @param optionValues the checked wire values of the option, or null when it is not set
     * @param header       the header that may override a path parameter per message, else null
     */
    private record BoundParameter(OperationParameter parameter, List<String> optionValues, String header) {
    }

    /**
     * @param endpointOperation the endpoint's own operation
     * @param checkedValues     its options' wire values as the endpoint checked them when it was created
     */
    RequestFactory(SinchProvisioningConfiguration configuration, SinchProvisioningApiParameters options,
                   ApiOperation endpointOperation, Map<String, List<String>> checkedValues) {
        this.configuration = configuration;
        this.options = options;
        this.endpointOperation = endpointOperation;
        this.checkedValues = checkedValues;
    }

    /**
     * The request without its page token; {@code largestPage} sends the contract's largest page when the pageSize
     * option is unset (fetchAllPages). Fails, sending nothing, when a value breaks the contract or the body does;
     * a missing required parameter fails at {@link #build}.
     */
    OperationRequest create(ApiOperation op, Message message, boolean largestPage) {
        boolean hasHeaders = message.hasHeaders(); // without any, no parameter header needs looking up
        OperationRequest request = OperationRequest.of(op);
        List<BoundParameter> parameters = bound.get(op);
        if (parameters == null) {
            parameters = bound.computeIfAbsent(op, this::bind);
        }
        for (BoundParameter b : parameters) {
            List<String> values = b.optionValues();
            String header = b.header() == null || !hasHeaders ? null : message.getHeader(b.header(), String.class);
            if (header != null && !header.isBlank()) {
                values = ParameterValidator.wireValues(op, b.parameter(), header);
            }
            if (values != null) {
                request.setWire(b.parameter().name(), values);
            }
        }
        if (largestPage) {
            request.largestPageUnlessSet();
        }
        return request.body(RequestBodyEncoder.encode(op, message));
    }

    /** The request to send; a missing required parameter names the option (and header) that sets it. */
    static ApiRequest build(OperationRequest request) {
        return request.build(RequestFactory::howToSet);
    }

    /** The first page token of a list call: the header, else the endpoint option; null for the first page. */
    String initialPageToken(Message message) {
        String header = message.getHeader(SinchProvisioningConstants.PAGE_TOKEN, String.class);
        if (header != null && !header.isBlank()) {
            return header;
        }
        return options.getPageToken();
    }

    private List<BoundParameter> bind(ApiOperation op) {
        List<BoundParameter> parameters = new ArrayList<>();
        for (OperationParameter p : op.parameters()) {
            if (p.name().equals(PAGE_TOKEN)) {
                continue; // set per page by the caller
            }
            List<String> values = op == endpointOperation ? checkedValues.get(p.name()) : checkedOption(op, p);
            String header = p.location() == ParameterLocation.PATH
                    ? SinchProvisioningConstants.parameterHeader(p.name()) : null;
            parameters.add(new BoundParameter(p, values, header));
        }
        return List.copyOf(parameters);
    }

    /** An option's wire values for an operation a header switched to: the endpoint checked them for its own only. */
    private List<String> checkedOption(ApiOperation op, OperationParameter p) {
        Object option = p.name().equals(PROJECT_ID) ? configuration.getProjectId() : options.get(p.name());
        return option == null ? null : List.copyOf(ParameterValidator.wireValues(op, p, option));
    }

    private static String howToSet(OperationParameter p) {
        return p.location() == ParameterLocation.PATH
                ? "set the endpoint option " + p.name() + " or the header "
                        + SinchProvisioningConstants.parameterHeader(p.name())
                : "set the endpoint option " + p.name();
    }
}
