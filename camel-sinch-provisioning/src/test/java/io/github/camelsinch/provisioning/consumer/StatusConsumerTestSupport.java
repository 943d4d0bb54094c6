package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.StubbedApiTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.util.List;
import java.util.Map;

/**
 * A context against the stub API plus one route {@code watch} from a sinch-prov consumer into an {@link EventLog}.
 * With {@code startScheduler=false} in the URI the test drives each poll itself ({@link #poll()}): deterministic,
 * no waiting.
 */
abstract class StatusConsumerTestSupport extends StubbedApiTestSupport {

    protected final EventLog events = new EventLog();
    protected SinchProvisioningStatusConsumer consumer;

    protected SinchProvisioningStatusConsumer watch(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("watch").process(events::record);
            }
        });
        consumer = (SinchProvisioningStatusConsumer) context.getRoute("watch").getConsumer();
        return consumer;
    }

    /** One poll cycle, as the scheduler would run it; returns the number of changes delivered. */
    protected int poll() throws Exception {
        return consumer.poll();
    }

    /**
     * Another context against the same stub (a restarted application, or a second cluster member): the beans are
     * bound, route {@code watch} runs from {@code uri} into {@code sink}, and the context is started.
     */
    protected CamelContext startContext(Map<String, Object> beans, String uri, EventLog sink) throws Exception {
        return startContext(beans, List.of(), uri, sink);
    }

    /** As above, with context services (a cluster service) added before the start. */
    protected CamelContext startContext(Map<String, Object> beans, List<Object> services, String uri, EventLog sink)
            throws Exception {
        CamelContext other = new DefaultCamelContext();
        for (Object service : services) {
            other.addService(service);
        }
        other.addComponent("sinch-prov", stubComponent());
        beans.forEach(other.getRegistry()::bind);
        other.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("watch").process(sink::record);
            }
        });
        other.start();
        return other;
    }

    static SinchProvisioningStatusConsumer consumerOf(CamelContext camel) {
        return (SinchProvisioningStatusConsumer) camel.getRoute("watch").getConsumer();
    }

    protected int apiRequestCount() {
        return apiRequests().size();
    }
}
