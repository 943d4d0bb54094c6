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
package io.github.camelsinch.provisioning;

import io.github.camelsinch.provisioning.apply.ApplyOperations;
import io.github.camelsinch.provisioning.apply.SinchProvisioningApplyConfiguration;
import io.github.camelsinch.provisioning.client.ClientSettings;
import io.github.camelsinch.provisioning.client.SinchApiClient;
import io.github.camelsinch.provisioning.consumer.SinchProvisioningConsumerConfiguration;
import io.github.camelsinch.provisioning.webhook.SinchProvisioningWebhookConfiguration;
import io.github.camelsinch.provisioning.webhook.SinchProvisioningWebhookEndpoint;
import org.apache.camel.Category;
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
 * <p>
 * The abstract endpoint of the scheme, with two kinds: {@link SinchProvisioningApiEndpoint} for
 * {@code sinch-prov:<api>/<operation>} and {@link SinchProvisioningWebhookEndpoint} for the receiver
 * {@code sinch-prov:webhook}. It carries every option of the scheme because Camel's metadata, the generated
 * configurer and the URI factory know one {@code @UriEndpoint} class per scheme, which then binds either subclass (as
 * camel-jms's {@code JmsEndpoint} does for its queue and temporary endpoints); each subclass refuses, at creation,
 * the options of the other kind.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "sinch-prov", title = "Sinch Provisioning",
             syntax = "sinch-prov:api/operation",
             category = {Category.CLOUD, Category.API}, headersClass = SinchProvisioningConstants.class)
public abstract class SinchProvisioningEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /** The consumer's default poll delay: one minute. */
    public static final long DEFAULT_POLL_DELAY = 60_000;

    // "webhook" is not an api of the contract but the webhook receiver, sinch-prov:webhook (see below).
    @UriPath(enums = SinchProvisioningApiParameters.API_NAMES + "," + SinchProvisioningWebhookEndpoint.API,
             description = "The api group: the kebab-case tag of the Provisioning API, e.g. whatsapp-senders; or"
                     + " webhook, the receiver of the API's signed callbacks (consumer only, no operation).")
    @Metadata(required = true)
    private String api;

    // Not required in the metadata only because sinch-prov:webhook has none: Camel's tooling knows one endpoint
    // class and one syntax per scheme, and a required operation would make it flag the receiver's URI as invalid.
    // The component still refuses any other api without an operation.
    @UriPath(enums = SinchProvisioningApiParameters.OPERATION_NAMES + "," + ApplyOperations.APPLY,
             description = "The operation of the api group, e.g. list, get, create. Which names exist depends on"
                     + " the api; see the operation reference. Required for every api except webhook. apply"
                     + " (whatsapp-templates, kakaotalk-templates, webhooks) is the component's own: make the"
                     + " project match a desired state.")
    private String operation;

    @UriParam
    private SinchProvisioningConfiguration configuration;

    @UriParam
    private SinchProvisioningApiParameters parameters = new SinchProvisioningApiParameters();

    @UriParam
    private SinchProvisioningConsumerConfiguration consumerConfiguration = new SinchProvisioningConsumerConfiguration();

    // The receiver's options: here, not on the receiver, because Camel's metadata reads one endpoint class per scheme.
    // SinchProvisioningApiEndpoint refuses them.
    @UriParam
    private SinchProvisioningWebhookConfiguration webhookConfiguration = new SinchProvisioningWebhookConfiguration();

    // The apply operations' options (dryRun, prune), here like the receiver's; refused on the other endpoints.
    @UriParam
    private SinchProvisioningApplyConfiguration applyConfiguration = new SinchProvisioningApplyConfiguration();

    // Re-declared for its default: Camel's 500 ms suits a local directory, not an API with a rate limit.
    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_POLL_DELAY, javaType = "java.time.Duration",
              description = "Milliseconds before the next poll of a consumer.")
    private long delay = DEFAULT_POLL_DELAY;

    private volatile SinchApiClient client;
    private volatile ClientSettings clientSettings;

    protected SinchProvisioningEndpoint(String uri, SinchProvisioningComponent component,
                                        SinchProvisioningConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        super.setDelay(DEFAULT_POLL_DELAY);
    }

    /**
     * Checks every option against the contract and the transport rules, throwing naming what is wrong, and keeps the
     * client settings for the producer and consumer to start from.
     */
    protected void validate() {
        if (configuration.getMaxPages() < 1 || configuration.getMaxItems() < 1) {
            throw new IllegalArgumentException("maxPages and maxItems must be at least 1");
        }
        if (callsApi()) {
            clientSettings = ClientSettingsFactory.create(configuration, getCamelContext());
        }
    }

    /** The settings checked when the endpoint was created; built now only for an endpoint the component did not. */
    private ClientSettings clientSettings() {
        ClientSettings s = clientSettings;
        if (s == null) {
            s = ClientSettingsFactory.create(configuration, getCamelContext());
            clientSettings = s;
        }
        return s;
    }

    /** Whether this endpoint calls the API, and so needs a client (and credentials) when it starts. */
    protected abstract boolean callsApi();

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (callsApi()) {
            client = getComponent().transport().client(clientSettings());
        }
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        super.doStop();
    }

    /**
     * With {@code checkCredentialsOnStart}: checks the credentials now, as a producer or consumer starts, failing
     * with a {@link CredentialsCheckFailedException}. Does nothing without the option or without a client.
     */
    public void checkCredentialsOnStart() {
        if (configuration.isCheckCredentialsOnStart() && callsApi()) {
            CredentialsCheck.run(client(), configuration, getEndpointUri());
        }
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
        return getComponent().transport().client(adjust.apply(clientSettings()));
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

    public SinchProvisioningWebhookConfiguration getWebhookConfiguration() {
        return webhookConfiguration;
    }

    public void setWebhookConfiguration(SinchProvisioningWebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }

    public SinchProvisioningApplyConfiguration getApplyConfiguration() {
        return applyConfiguration;
    }

    public void setApplyConfiguration(SinchProvisioningApplyConfiguration applyConfiguration) {
        this.applyConfiguration = applyConfiguration;
    }
}
