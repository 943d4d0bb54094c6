package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.SinchProvisioningApiParameters;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationParameter;
import io.github.camelsinch.provisioning.catalog.ParameterLocation;
import io.github.camelsinch.provisioning.catalog.ParameterValidator;
import io.github.camelsinch.provisioning.client.ApiRequest;

import java.util.Map;

/**
 * Builds the requests of a consumer from its endpoint options alone (a consumer has no message to read headers
 * from). A list is read with the largest page the operation allows unless {@code pageSize} is set: fewest requests.
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
        ApiRequest.Builder request = ApiRequest.builder(operation.operationId(), operation.method(),
                operation.pathTemplate()).displayName(operation.uriPath());
        for (OperationParameter p : operation.parameters()) {
            Object value = value(p, pathParameters, pageToken);
            if (value == null) {
                if (p.required()) {
                    throw new IllegalArgumentException("Missing required parameter " + p.name() + " of "
                            + operation.uriPath() + ": set the endpoint option " + p.name());
                }
                continue;
            }
            for (String wire : ParameterValidator.wireValues(operation, p, value)) {
                if (p.location() == ParameterLocation.PATH) {
                    request.pathParameter(p.name(), wire);
                } else {
                    request.queryParameter(p.name(), wire);
                }
            }
        }
        return request.build();
    }

    /** The page size sent: the option, else the operation's maximum; null for operations without pages. */
    Object pageSize() {
        Object configured = options.get("pageSize");
        if (configured != null) {
            return configured;
        }
        return operation.parameter("pageSize").map(OperationParameter::maximum).orElse(null);
    }

    private Object value(OperationParameter p, Map<String, String> pathParameters, String pageToken) {
        return switch (p.name()) {
            case "projectId" -> projectId;
            case "pageToken" -> pageToken;
            case "pageSize" -> pageSize();
            default -> pathParameters.containsKey(p.name()) ? pathParameters.get(p.name()) : options.get(p.name());
        };
    }
}
