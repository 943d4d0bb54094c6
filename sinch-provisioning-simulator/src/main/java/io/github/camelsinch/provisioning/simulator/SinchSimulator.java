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
package io.github.camelsinch.provisioning.simulator;

import io.github.camelsinch.provisioning.simulator.api.ApiContext;
import io.github.camelsinch.provisioning.simulator.api.ProjectAdmission;
import io.github.camelsinch.provisioning.simulator.api.ProvisioningApi;
import io.github.camelsinch.provisioning.simulator.auth.CallAuthentication;
import io.github.camelsinch.provisioning.simulator.auth.Credentials;
import io.github.camelsinch.provisioning.simulator.auth.TokenEndpoint;
import io.github.camelsinch.provisioning.simulator.auth.TokenIssuer;
import io.github.camelsinch.provisioning.simulator.contract.Contract;
import io.github.camelsinch.provisioning.simulator.contract.ContractShapes;
import io.github.camelsinch.provisioning.simulator.control.ControlApi;
import io.github.camelsinch.provisioning.simulator.faults.FaultInjector;
import io.github.camelsinch.provisioning.simulator.http.RequestLog;
import io.github.camelsinch.provisioning.simulator.http.Router;
import io.github.camelsinch.provisioning.simulator.http.SimulatorHandler;
import io.github.camelsinch.provisioning.simulator.lifecycle.Activities;
import io.github.camelsinch.provisioning.simulator.lifecycle.BundleLifecycle;
import io.github.camelsinch.provisioning.simulator.lifecycle.ConversationChannelLifecycle;
import io.github.camelsinch.provisioning.simulator.lifecycle.KakaotalkSenderLifecycle;
import io.github.camelsinch.provisioning.simulator.lifecycle.KakaotalkTemplateLifecycle;
import io.github.camelsinch.provisioning.simulator.lifecycle.LifecycleEngine;
import io.github.camelsinch.provisioning.simulator.lifecycle.Outcomes;
import io.github.camelsinch.provisioning.simulator.lifecycle.RcsSenderLifecycle;
import io.github.camelsinch.provisioning.simulator.lifecycle.WhatsappAccountLifecycle;
import io.github.camelsinch.provisioning.simulator.lifecycle.WhatsappSenderLifecycle;
import io.github.camelsinch.provisioning.simulator.lifecycle.WhatsappTemplateLifecycle;
import io.github.camelsinch.provisioning.simulator.state.Ids;
import io.github.camelsinch.provisioning.simulator.state.ResourceStore;
import io.github.camelsinch.provisioning.simulator.webhooks.WebhookDispatcher;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A running Sinch Provisioning API simulator: a Jetty server on loopback serving the 85 operations of the
 * contract, the OAuth2 token endpoint and the control API.
 *
 * <pre>{@code
 * try (SinchSimulator sim = SinchSimulator.start(SimulatorConfig.forTests())) {
 *     String api = sim.baseUrl();      // http://127.0.0.1:PORT, append /v1/projects/{projectId}/...
 *     String token = sim.tokenUrl();   // http://127.0.0.1:PORT/oauth2/token
 *     sim.control().advance(Duration.ofMinutes(1));
 * }
 * }</pre>
 */
public final class SinchSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinchSimulator.class);

    private final SimulatorConfig config;
    private final Server server;
    private final SimulatorControl control;
    private final WebhookDispatcher webhooks;
    private final TokenIssuer tokens;
    private final ProjectAdmission projects;
    private final ScheduledExecutorService ticker;
    private final int port;

    private SinchSimulator(SimulatorConfig config) throws Exception {
        this.config = config;
        SimulatorClock clock = config.manualClockStart() != null
                ? SimulatorClock.manual(config.manualClockStart()) : SimulatorClock.system();
        Contract contract = Contract.bundled();
        ResourceStore store = new ResourceStore();
        Ids ids = new Ids(config.seed());
        this.webhooks = new WebhookDispatcher(store, clock, new WebhookDispatcher.Settings(
                config.webhookMaxAttempts(), config.webhookBackoff(), config.webhookTimeout(),
                config.allowRemoteWebhooks()));
        LifecycleEngine engine = new LifecycleEngine(store, clock, config.effectiveStepDelay(),
                new Outcomes(config.rejectMarker(), config.rejectionRate(), ids), ids, webhooks,
                new Activities(contract), List.of(new WhatsappAccountLifecycle(), new WhatsappSenderLifecycle(),
                        new WhatsappTemplateLifecycle(), new RcsSenderLifecycle(), new KakaotalkSenderLifecycle(),
                        new KakaotalkTemplateLifecycle(), new ConversationChannelLifecycle(),
                        new BundleLifecycle((t, appId) -> t.project().addConversationApp(appId))));
        Router router = new Router();
        this.projects = new ProjectAdmission(config.strictProjects(), config.projects());
        ProvisioningApi api = new ProvisioningApi(new ApiContext(new ContractShapes(contract), store, engine, ids,
                clock, config.verificationCode(), config.maxWebhooks(), projects), router);
        FaultInjector faults = new FaultInjector();
        RequestLog requestLog = new RequestLog(config.requestLogCapacity());
        this.control = new SimulatorControl(store, engine, api, faults, requestLog, webhooks, clock, projects);
        Credentials credentials = new Credentials(config.keyId(), config.keySecret());
        this.tokens = new TokenIssuer(clock, config.tokenLifetime());
        SimulatorHandler.Endpoints endpoints = new SimulatorHandler.Endpoints(ControlApi.PREFIX,
                new ControlApi(control)::handle, TokenEndpoint.PATH, new TokenEndpoint(credentials, tokens)::handle,
                new CallAuthentication(credentials, tokens)::isAuthenticated, router);

        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("sinch-simulator");
        threads.setDaemon(true);
        this.server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        server.setHandler(new SimulatorHandler(endpoints, faults, requestLog, clock));
        server.setStopTimeout(0);
        server.start();
        this.port = connector.getLocalPort();
        this.ticker = clock.isManual() ? null : startTicker(config);
        LOG.info("Sinch provisioning simulator on {} serves {}", baseUrl(), projects.describeServed());
    }

    /** Lifecycles move on their own only on the system clock; with a manual clock the test moves time. */
    private ScheduledExecutorService startTicker(SimulatorConfig config) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sinch-simulator-ticker");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.tickInterval().toMillis();
        executor.scheduleWithFixedDelay(control::tick, interval, interval, TimeUnit.MILLISECONDS);
        return executor;
    }

    /** Starts a simulator; with port 0 it binds a free loopback port. */
    public static SinchSimulator start(SimulatorConfig config) {
        try {
            return new SinchSimulator(config);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the Sinch simulator on " + config.host() + ":"
                    + config.port(), e);
        }
    }

    /** Starts a simulator with the standalone defaults on a free port. */
    public static SinchSimulator start() {
        return start(SimulatorConfig.defaults());
    }

    /** The API base URL, e.g. {@code http://127.0.0.1:41234} (operation paths start with {@code /v1/projects}). */
    public String baseUrl() {
        return "http://" + hostForUrl() + ":" + port;
    }

    /** The OAuth2 token endpoint, {@code baseUrl() + "/oauth2/token"}. */
    public String tokenUrl() {
        return baseUrl() + TokenEndpoint.PATH;
    }

    /** The control API base URL, {@code baseUrl() + "/_sim"}. */
    public String controlUrl() {
        return baseUrl() + ControlApi.PREFIX;
    }

    public int port() {
        return port;
    }

    public String keyId() {
        return config.keyId();
    }

    public String keySecret() {
        return config.keySecret();
    }

    public SimulatorConfig config() {
        return config;
    }

    public SimulatorControl control() {
        return control;
    }

    /** Which project ids the API serves, e.g. {@code any project id} or {@code p1, p2 (strict; ...)}. */
    public String servedProjects() {
        return projects.describeServed();
    }

    /** How many OAuth2 tokens were issued since start (tests of token caching count them). */
    public long tokensIssued() {
        return tokens.issuedCount();
    }

    private String hostForUrl() {
        String host = config.host();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        webhooks.close();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the Sinch simulator", e);
        }
    }
}
