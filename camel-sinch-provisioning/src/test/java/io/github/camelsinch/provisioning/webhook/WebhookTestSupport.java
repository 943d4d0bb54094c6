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
package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.event.ExchangeCreatedEvent;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Camel's {@link CamelTestSupport} with a real HTTP server behind platform-http (camel-platform-http-vertx on a free
 * loopback port) and the sinch-prov component; tests add a receiver route to {@link #RECEIVED} and POST to it.
 * Counts every exchange created from a sinch-prov endpoint, to prove that a refused callback creates none. The
 * context starts when the test has configured the component ({@link #startContext}), not before the test.
 */
abstract class WebhookTestSupport extends CamelTestSupport {

    static final String SECRET = "whsec-route-5d1e";
    static final String PROJECT_ID = "webhook-project";
    static final String PATH = SinchProvisioningWebhookConfiguration.DEFAULT_PATH;
    /** Where the receiver route "hook" delivers every callback. */
    static final String RECEIVED = "mock:received";

    protected final ReceivedCallbacks received = new ReceivedCallbacks();
    protected final AtomicInteger receiverExchangesCreated = new AtomicInteger();
    private VertxPlatformHttpServer server;
    private SinchProvisioningComponent component;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withAutoStartContext(false);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        VertxPlatformHttpServerConfiguration config = new VertxPlatformHttpServerConfiguration();
        config.setBindHost("127.0.0.1");
        config.setBindPort(0);
        configureServer(config);
        server = new VertxPlatformHttpServer(config);
        camel.addService(server);
        component = new SinchProvisioningComponent();
        component.getConfiguration().setProjectId(PROJECT_ID);
        camel.addComponent("sinch-prov", component);
        camel.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof ExchangeCreatedEvent created
                        && created.getExchange().getFromEndpoint() instanceof SinchProvisioningEndpoint) {
                    receiverExchangesCreated.incrementAndGet();
                }
            }
        });
        return camel;
    }

    /** Starts the context with the HTTP server and no routes, once the caller has configured the component. */
    protected void startContext(Consumer<SinchProvisioningConfiguration> configure) throws Exception {
        configure.accept(component.getConfiguration());
        received.attach(getMockEndpoint(RECEIVED));
        context.start();
    }

    /** Adjusts the HTTP server's configuration before it starts. */
    protected void configureServer(VertxPlatformHttpServerConfiguration config) {
    }

    /** The receiver route "hook" from {@code uri} to {@link #RECEIVED}, read through {@link #received}. */
    protected void addReceiver(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("hook").to(RECEIVED);
            }
        });
    }

    protected SinchProvisioningWebhookConsumer receiver() {
        return (SinchProvisioningWebhookConsumer) context.getRoute("hook").getConsumer();
    }

    protected int port() {
        return server.getPort();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    protected HttpResponse<String> post(String path, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
