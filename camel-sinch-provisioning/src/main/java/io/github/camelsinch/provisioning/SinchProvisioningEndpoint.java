package io.github.camelsinch.provisioning;

import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationParameter;
import io.github.camelsinch.provisioning.catalog.ParameterValidator;
import io.github.camelsinch.provisioning.client.ClientSettings;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.consumer.SinchProvisioningConsumerConfiguration;
import io.github.camelsinch.provisioning.consumer.SinchProvisioningStatusConsumer;
import io.github.camelsinch.provisioning.producer.SinchProvisioningProducer;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

import java.util.function.UnaryOperator;

/**
 * Provision and watch Sinch messaging channels with the Sinch Provisioning API: one endpoint per operation. The options are checked
 * against the contract when the endpoint is created, so a typo fails the route at start, not at the first message.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "sinch-prov", title = "Sinch Provisioning",
             syntax = "sinch-prov:api/operation",
             category = { Category.CLOUD, Category.API }, headersClass = SinchProvisioningConstants.class)
public class SinchProvisioningEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /** The consumer's default poll delay: one minute. */
    public static final long DEFAULT_POLL_DELAY = 60_000;

    @UriPath(enums = SinchProvisioningApiParameters.API_NAMES,
             description = "The api group: the kebab-case tag of the Provisioning API, e.g. whatsapp-senders.")
    @Metadata(required = true)
    private String api;

    @UriPath(enums = SinchProvisioningApiParameters.OPERATION_NAMES,
             description = "The operation of the api group, e.g. list, get, create. Which names exist depends on"
                           + " the api; see the operation reference.")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private SinchProvisioningConfiguration configuration;

    @UriParam
    private SinchProvisioningApiParameters parameters = new SinchProvisioningApiParameters();

    @UriParam
    private SinchProvisioningConsumerConfiguration consumerConfiguration = new SinchProvisioningConsumerConfiguration();

    // Re-declared for its default: Camel's 500 ms suits a local directory, not an API with a rate limit.
    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_POLL_DELAY, javaType = "java.time.Duration",
              description = "Milliseconds before the next poll of a consumer.")
    private long delay = DEFAULT_POLL_DELAY;

    private final ApiOperation apiOperation;
    private volatile SinchApiClient client;

    public SinchProvisioningEndpoint(String uri, SinchProvisioningComponent component, ApiOperation apiOperation,
                                     SinchProvisioningConfiguration configuration) {
        super(uri, component);
        this.apiOperation = apiOperation;
        this.api = apiOperation.api();
        this.operation = apiOperation.name();
        this.configuration = configuration;
        super.setDelay(DEFAULT_POLL_DELAY);
    }

    /** Checks every option against the contract and the transport rules; throws naming what is wrong. */
    void validate() {
        for (OperationParameter p : apiOperation.parameters()) {
            Object value = p.name().equals("projectId") ? configuration.getProjectId() : parameters.get(p.name());
            if (value != null) {
                ParameterValidator.wireValues(apiOperation, p, value);
            }
        }
        if (configuration.getMaxPages() < 1 || configuration.getMaxItems() < 1) {
            throw new IllegalArgumentException("maxPages and maxItems must be at least 1");
        }
        ClientSettingsFactory.create(configuration, null);
    }

    @Override
    public Producer createProducer() {
        return new SinchProvisioningProducer(this);
    }

    /** A status-change consumer; only the operations in {@code WatchedResources} can be watched. */
    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        SinchProvisioningStatusConsumer consumer = new SinchProvisioningStatusConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = getComponent().transport().client(ClientSettingsFactory.create(configuration, getCamelContext()));
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        super.doStop();
    }

    /** The client of this endpoint; its transport and token cache belong to the component. */
    public SinchApiClient client() {
        SinchApiClient c = client;
        if (c == null) {
            throw new IllegalStateException("Endpoint " + getEndpointBaseUri() + " is not started");
        }
        return c;
    }

    /** A client on the component's transport with adjusted settings (the consumer's does not wait out 429s). */
    public SinchApiClient client(UnaryOperator<ClientSettings> adjust) {
        return getComponent().transport().client(adjust.apply(ClientSettingsFactory.create(configuration,
                getCamelContext())));
    }

    @Override
    public SinchProvisioningComponent getComponent() {
        return (SinchProvisioningComponent) super.getComponent();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public long getDelay() {
        return delay;
    }

    @Override
    public void setDelay(long delay) {
        this.delay = delay;
        super.setDelay(delay);
    }

    public ApiOperation getApiOperation() {
        return apiOperation;
    }

    public String getApi() {
        return api;
    }

    public void setApi(String api) {
        this.api = api;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public SinchProvisioningConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SinchProvisioningConfiguration configuration) {
        this.configuration = configuration;
    }

    public SinchProvisioningApiParameters getParameters() {
        return parameters;
    }

    public void setParameters(SinchProvisioningApiParameters parameters) {
        this.parameters = parameters;
    }

    public SinchProvisioningConsumerConfiguration getConsumerConfiguration() {
        return consumerConfiguration;
    }

    public void setConsumerConfiguration(SinchProvisioningConsumerConfiguration consumerConfiguration) {
        this.consumerConfiguration = consumerConfiguration;
    }
}
