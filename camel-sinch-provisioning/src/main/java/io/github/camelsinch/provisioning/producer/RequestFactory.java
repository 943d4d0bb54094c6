package io.github.camelsinch.provisioning.producer;

import io.github.camelsinch.provisioning.SinchProvisioningApiParameters;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationParameter;
import io.github.camelsinch.provisioning.catalog.ParameterLocation;
import io.github.camelsinch.provisioning.catalog.ParameterValidator;
import io.github.camelsinch.provisioning.client.ApiRequest;
import org.apache.camel.Message;

/**
 * Builds the HTTP request of one call from the operation descriptor, the endpoint options and the component's own
 * headers. Nothing else on the message is read: a stray {@code Authorization} or {@code CamelHttpUri} header has no
 * way into the request.
 */
final class RequestFactory {

    private static final String PROJECT_ID = "projectId";
    private static final String PAGE_TOKEN = "pageToken";
    private static final String PAGE_SIZE = "pageSize";

    private final SinchProvisioningConfiguration configuration;
    private final SinchProvisioningApiParameters options;

    RequestFactory(SinchProvisioningConfiguration configuration, SinchProvisioningApiParameters options) {
        this.configuration = configuration;
        this.options = options;
    }

    /**
     * The request without its page token; {@code pageSizeOverride} (nullable) replaces an unset pageSize option.
     * Fails, sending nothing, when a required parameter is missing, a value breaks the contract, or the body does.
     */
    ApiRequest.Builder create(ApiOperation op, Message message, String pageSizeOverride) {
        ApiRequest.Builder request = ApiRequest.builder(op.operationId(), op.method(), op.pathTemplate());
        for (OperationParameter p : op.parameters()) {
            if (p.name().equals(PAGE_TOKEN)) {
                continue;
            }
            Object value = value(p, message);
            if (value == null && p.name().equals(PAGE_SIZE)) {
                value = pageSizeOverride;
            }
            if (value == null) {
                if (p.required()) {
                    throw missing(op, p);
                }
                continue;
            }
            for (String wire : ParameterValidator.wireValues(op, p, value)) {
                if (p.location() == ParameterLocation.PATH) {
                    request.pathParameter(p.name(), wire);
                } else {
                    request.queryParameter(p.name(), wire);
                }
            }
        }
        byte[] body = RequestBodyEncoder.encode(op, message);
        if (body != null) {
            request.body(body);
        }
        return request;
    }

    /** The first page token of a list call: the header, else the endpoint option; null for the first page. */
    String initialPageToken(Message message) {
        String header = message.getHeader(SinchProvisioningConstants.PAGE_TOKEN, String.class);
        if (header != null && !header.isBlank()) {
            return header;
        }
        return options.getPageToken();
    }

    private Object value(OperationParameter p, Message message) {
        if (p.location() == ParameterLocation.PATH) {
            String header = message.getHeader(SinchProvisioningConstants.parameterHeader(p.name()), String.class);
            if (header != null && !header.isBlank()) {
                return header;
            }
        }
        if (p.name().equals(PROJECT_ID)) {
            return configuration.getProjectId();
        }
        return options.get(p.name());
    }

    private static IllegalArgumentException missing(ApiOperation op, OperationParameter p) {
        String where = p.location() == ParameterLocation.PATH
                ? "set the endpoint option " + p.name() + " or the header "
                  + SinchProvisioningConstants.parameterHeader(p.name())
                : "set the endpoint option " + p.name();
        return new IllegalArgumentException("Missing required parameter " + p.name() + " of " + op.uriPath() + ": "
                + where);
    }
}
