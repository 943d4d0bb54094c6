package io.github.camelsinch.provisioning;

import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.client.SinchHttpTransport;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

import java.util.Map;

/**
 * The {@code sinch-prov} component. It owns the one pooled HTTP client and the OAuth2 token cache that all of its
 * endpoints share, so 85 endpoints over one key make one token request, not 85.
 */
@Component("sinch-prov")
public class SinchProvisioningComponent extends DefaultComponent {

    @Metadata(description = "The shared configuration; every endpoint starts from a copy of it.")
    private SinchProvisioningConfiguration configuration = new SinchProvisioningConfiguration();

    private final Object transportLock = new Object();
    private SinchHttpTransport transport;

    public SinchProvisioningComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        ApiOperation operation = resolveOperation(remaining);
        SinchProvisioningEndpoint endpoint =
                new SinchProvisioningEndpoint(uri, this, operation, configuration.copy());
        EndpointOptionsCheck.rejectOptionsOfOtherOperations(operation, parameters.keySet());
        EndpointOptionsCheck.checkParameterValues(operation, parameters);
        setProperties(endpoint, parameters);
        EndpointOptionsCheck.rejectUnknownOptions(operation, parameters.keySet());
        endpoint.validate();
        return endpoint;
    }

    private static ApiOperation resolveOperation(String remaining) {
        String path = remaining == null ? "" : remaining.trim();
        int slash = path.indexOf('/');
        if (slash < 0 && !OperationCatalog.get().operationNames(path).isEmpty()) {
            throw new IllegalArgumentException("Expected sinch-prov:<api>/<operation>, got sinch-prov:" + path
                    + " without an operation. Valid operations of " + path + ": "
                    + String.join(", ", OperationCatalog.get().operationNames(path).stream()
                            .map(name -> path + "/" + name).toList()));
        }
        if (slash <= 0 || slash == path.length() - 1 || path.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("Expected sinch-prov:<api>/<operation>, got sinch-prov:" + path
                    + ". Valid apis: " + String.join(", ", OperationCatalog.get().apis()));
        }
        return OperationCatalog.get().require(path.substring(0, slash), path.substring(slash + 1));
    }

    /** The component's HTTP transport, created on first use and closed when the component stops. */
    SinchHttpTransport transport() {
        synchronized (transportLock) {
            if (transport == null) {
                transport = new SinchHttpTransport();
            }
            return transport;
        }
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (transportLock) {
            if (transport != null) {
                transport.close();
                transport = null;
            }
        }
        super.doStop();
    }

    public SinchProvisioningConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SinchProvisioningConfiguration configuration) {
        this.configuration = configuration;
    }
}
