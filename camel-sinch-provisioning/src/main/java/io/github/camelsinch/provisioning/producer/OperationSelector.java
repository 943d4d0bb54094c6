package io.github.camelsinch.provisioning.producer;

import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import org.apache.camel.Message;

/** The operation of a message: the endpoint's, unless the {@code CamelSinchProvOperation} header names another. */
final class OperationSelector {

    private OperationSelector() {
    }

    static ApiOperation select(ApiOperation endpointOperation, Message message) {
        String requested = message.getHeader(SinchProvisioningConstants.OPERATION, String.class);
        if (requested == null || requested.isBlank()) {
            return endpointOperation;
        }
        String name = requested.trim();
        int slash = name.indexOf('/');
        if (slash < 0) {
            return OperationCatalog.get().require(endpointOperation.api(), name);
        }
        return OperationCatalog.get().require(name.substring(0, slash), name.substring(slash + 1));
    }
}
