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
import io.github.camelsinch.provisioning.catalog.ApiOperation;
import io.github.camelsinch.provisioning.catalog.OperationCatalog;
import io.github.camelsinch.provisioning.catalog.SimilarNames;
import io.github.camelsinch.provisioning.client.ClientMetrics;
import io.github.camelsinch.provisioning.client.SinchHttpTransport;
import io.github.camelsinch.provisioning.metrics.SinchMeters;
import io.github.camelsinch.provisioning.webhook.SinchProvisioningWebhookEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@code sinch-prov} component. It owns the one pooled HTTP client and the OAuth2 token cache that all of its
 * endpoints share, so 85 endpoints over one key make one token request, not 85.
 */
@Component("sinch-prov")
@ManagedResource(description = "Sinch Provisioning: counters of the shared HTTP client since the component started")
public class SinchProvisioningComponent extends HealthCheckComponent {

    @Metadata(description = "The shared configuration; every endpoint starts from a copy of it.")
    private SinchProvisioningConfiguration configuration = new SinchProvisioningConfiguration();

    // A component option, not part of the configuration above: the endpoints' own stateRepository (a consumer option)
    // overrides it, and one property then gives every consumer and receiver the same store.
    @Metadata(label = "consumer,advanced",
              description = "The state repository of every status consumer and webhook receiver of this component"
                      + " that sets no stateRepository of its own: any Camel StateRepository of String keys"
                      + " and values, e.g. #bean:sinchState for a FileStateRepository or a"
                      + " JdbcStateRepository. Default: none, each consumer keeps its state in memory.")
    private StateRepository<String, String> stateRepository;
    @Metadata(label = "advanced", defaultValue = "true",
              description = "Publish Micrometer meters (calls, retries, tokens, rate limits, consumer polls, webhook"
                      + " callbacks) when Micrometer is on the classpath and a MeterRegistry is found; see"
                      + " docs/operations.md.")
    private boolean metricsEnabled = true;

    // Object, not MeterRegistry: the component must load without Micrometer on the classpath.
    @Metadata(label = "advanced",
              description = "The io.micrometer.core.instrument.MeterRegistry to publish meters to, e.g."
                      + " #bean:prometheusMeterRegistry. By default the only MeterRegistry in the registry; of"
                      + " several, the only composite one, else the first by bean name (with a warning).")
    private Object meterRegistry;

    private final Object transportLock = new Object();
    private SinchHttpTransport transport;
    private SinchMeters meters;
    private SinchMeters.Registration transportMeters = SinchMeters.Registration.NONE;
    private Supplier<SinchHttpTransport> transportFactory = SinchHttpTransport::new;

    public SinchProvisioningComponent() {
    }

    @Override
    public void setCamelContext(CamelContext context) {
        super.setCamelContext(context);
        if (context != null) {
            SensitiveOptionNames.register(context);
        }
    }

    /**
     * {@code sinch-prov:webhook} is the receiver of the API's callbacks, any other remainder an operation. Each
     * endpoint refuses the options of the other kind as it binds them ({@code configureProperties}).
     */
    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SinchProvisioningEndpoint endpoint = SinchProvisioningWebhookEndpoint.isReceiver(remaining)
                ? new SinchProvisioningWebhookEndpoint(uri, this, configuration.copy())
                : new SinchProvisioningApiEndpoint(uri, this, resolveOperation(remaining), configuration.copy());
        endpoint.getConsumerConfiguration().setStateRepository(stateRepository); // the URI's own one overrides it
        setProperties(endpoint, parameters);
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
            String api = slash < 0 ? path : path.substring(0, Math.max(slash, 0));
            throw new IllegalArgumentException("Expected sinch-prov:<api>/<operation>, got sinch-prov:" + path + "."
                    + SimilarNames.didYouMean(api, OperationCatalog.get().apis()) + " Valid apis: "
                    + String.join(", ", OperationCatalog.get().apis()));
        }
        String api = path.substring(0, slash);
        String name = path.substring(slash + 1);
        return ApplyOperations.find(api, name).orElseGet(() -> requireContractOperation(api, name));
    }

    /** The contract's operation; when there is none, the message also names the component's apply operations. */
    private static ApiOperation requireContractOperation(String api, String name) {
        try {
            return OperationCatalog.get().require(api, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ". The component's own operations: "
                    + String.join(", ", ApplyOperations.uris()), e);
        }
    }

    /** The component's HTTP transport, created on first use and closed when the component stops. */
    SinchHttpTransport transport() {
        synchronized (transportLock) {
            if (transport == null) {
                transport = transportFactory.get();
                transportMeters = meters().bindTransport(transport);
            }
            return transport;
        }
    }

    /**
     * The component's meters, found on first use: {@link SinchMeters#NONE} without Micrometer, without a
     * MeterRegistry, or with {@code metricsEnabled=false}. Its consumers bind theirs here as they start.
     */
    public SinchMeters meters() {
        synchronized (transportLock) {
            if (meters == null) {
                meters = SinchMeters.of(getCamelContext(), meterRegistry, metricsEnabled);
            }
            return meters;
        }
    }

    /**
     * Advanced and test seam, not an endpoint option: how the component creates its transport when the first
     * endpoint starts (e.g. {@code SinchHttpTransport.builder().clock(fake).sleeper(recorder)::build}, or a larger
     * pool). The component owns what it creates and closes it when it stops. Set before the endpoints start.
     */
    public void setTransportFactory(Supplier<SinchHttpTransport> transportFactory) {
        this.transportFactory = Objects.requireNonNull(transportFactory, "transportFactory");
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (transportLock) {
            transportMeters.remove();
            transportMeters = SinchMeters.Registration.NONE;
            meters = null;
            if (transport != null) {
                transport.close();
                transport = null;
            }
        }
        super.doStop();
    }

    // --- JMX: the transport's counters, as attributes of this component's MBean (type=components) ----------------

    /** The live transport's metrics, or null before the first endpoint started and after stop. */
    private ClientMetrics metrics() {
        synchronized (transportLock) {
            return transport == null ? null : transport.metrics();
        }
    }

    @ManagedAttribute(description = "API calls made (a call with retries counts once)")
    public long getCalls() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.calls();
    }

    @ManagedAttribute(description = "HTTP requests sent to the API: every attempt of every call")
    public long getAttempts() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.attempts();
    }

    @ManagedAttribute(description = "Extra attempts after a retryable failure")
    public long getRetries() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.retries();
    }

    @ManagedAttribute(description = "Requests to the OAuth2 token endpoint, its own retries included")
    public long getTokenRequests() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.tokenRequests();
    }

    @ManagedAttribute(description = "Requests to the OAuth2 token endpoint that returned no usable token")
    public long getTokenFailures() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.tokenFailures();
    }

    @ManagedAttribute(description = "Access tokens obtained to replace an earlier one (before expiry or after a 401)")
    public long getTokenRefreshes() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.tokenRefreshes();
    }

    @ManagedAttribute(description = "429 responses from the API or the token endpoint")
    public long getRateLimitHits() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.rateLimitHits();
    }

    @ManagedAttribute(description = "Waits after a 429 before the next attempt")
    public long getRateLimitPauses() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.rateLimitWaits();
    }

    @ManagedAttribute(description = "Total milliseconds of the waits after a 429")
    public long getRateLimitWaitMillis() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.rateLimitWaitNanos() / 1_000_000;
    }

    @ManagedAttribute(description = "401 responses and failed token requests")
    public long getAuthFailures() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.authFailures();
    }

    @ManagedAttribute(description = "HTTP status of the last API response, 0 before any")
    public int getLastStatus() {
        ClientMetrics m = metrics();
        return m == null ? 0 : m.lastStatus();
    }

    @ManagedAttribute(description = "True from an authentication failure until a call succeeds")
    public boolean isAuthenticationFailing() {
        ClientMetrics m = metrics();
        return m != null && m.authenticationFailing();
    }

    @ManagedAttribute(description = "Until when the last 429 asked to hold off (ISO-8601), empty if none")
    public String getLastRateLimitUntil() {
        ClientMetrics m = metrics();
        Instant until = m == null ? null : m.lastRateLimitUntil();
        return until == null ? "" : until.toString();
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public SinchProvisioningConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SinchProvisioningConfiguration configuration) {
        this.configuration = configuration;
    }

    public boolean isMetricsEnabled() {
        return metricsEnabled;
    }

    public void setMetricsEnabled(boolean metricsEnabled) {
        this.metricsEnabled = metricsEnabled;
    }

    public Object getMeterRegistry() {
        return meterRegistry;
    }

    public void setMeterRegistry(Object meterRegistry) {
        this.meterRegistry = meterRegistry;
    }
}
