package io.github.camelsinch.provisioning.webhook;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.event.ExchangeCreatedEvent;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterEach;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A Camel context with a real HTTP server behind platform-http (camel-platform-http-vertx on a free loopback port)
 * and the sinch-prov component; tests add a receiver route and POST to it. Counts every exchange created from a
 * sinch-prov endpoint, to prove that a refused callback creates none.
 */
abstract class WebhookTestSupport {

    static final String SECRET = "whsec-route-5d1e";
    static final String PROJECT_ID = "webhook-project";
    static final String PATH = SinchProvisioningWebhookConfiguration.DEFAULT_PATH;

    protected CamelContext context;
    protected final ReceivedCallbacks received = new ReceivedCallbacks();
    protected final AtomicInteger receiverExchangesCreated = new AtomicInteger();
    private VertxPlatformHttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Starts the context with the HTTP server and no routes; the component is configured by the caller. */
    protected void startContext(Consumer<SinchProvisioningConfiguration> configure) throws Exception {
        context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration config = new VertxPlatformHttpServerConfiguration();
        config.setBindHost("127.0.0.1");
        config.setBindPort(0);
        configureServer(config);
        server = new VertxPlatformHttpServer(config);
        context.addService(server);
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        component.getConfiguration().setProjectId(PROJECT_ID);
        configure.accept(component.getConfiguration());
        context.addComponent("sinch-prov", component);
        context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof ExchangeCreatedEvent created
                    && created.getExchange().getFromEndpoint() instanceof SinchProvisioningEndpoint) {
                    receiverExchangesCreated.incrementAndGet();
                }
            }
        });
        context.start();
    }

    /** Adjusts the HTTP server's configuration before it starts. */
    protected void configureServer(VertxPlatformHttpServerConfiguration config) {
    }

    /** The receiver route "hook" from {@code uri} into {@link #received}. */
    protected void addReceiver(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("hook").process(received::record);
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

    @AfterEach
    void stopContext() {
        if (context != null) {
            context.stop();
        }
    }
}
