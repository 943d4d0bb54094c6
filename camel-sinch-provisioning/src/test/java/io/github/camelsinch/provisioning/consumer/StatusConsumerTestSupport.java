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
package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.StubbedApiTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;

import java.util.List;
import java.util.Map;

/**
 * A context against the stub API plus one route {@code watch} from a sinch-prov consumer to {@link #WATCHED}, read
 * through an {@link EventLog}. With {@code startScheduler=false} in the URI the test drives each poll itself
 * ({@link #poll()}): deterministic, no waiting. {@link #startContext} stays hand-made: a test runs further contexts
 * (a restarted application, cluster members) on the same stub and state beside the one CamelTestSupport manages.
 */
abstract class StatusConsumerTestSupport extends StubbedApiTestSupport {

    /** Where route {@code watch} delivers every change. */
    static final String WATCHED = "mock:watched";

    protected final EventLog events = new EventLog();
    /** The route's consumer, set by {@link #watch}. */
    protected SinchProvisioningStatusConsumer statusConsumer;

    protected SinchProvisioningStatusConsumer watch(String uri) throws Exception {
        events.attach(getMockEndpoint(WATCHED));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("watch").to(WATCHED);
            }
        });
        statusConsumer = (SinchProvisioningStatusConsumer) context.getRoute("watch").getConsumer();
        return statusConsumer;
    }

    /** One poll cycle, as the scheduler would run it; returns the number of changes delivered. */
    protected int poll() throws Exception {
        return statusConsumer.poll();
    }

    /**
     * Another context against the same stub (a restarted application, or a second cluster member): the beans are
     * bound, route {@code watch} runs from {@code uri} into {@code sink}, and the context is started.
     */
    protected CamelContext startContext(Map<String, Object> beans, String uri, EventLog sink) throws Exception {
        return startContext(beans, List.of(), uri, sink);
    }

    /** As above, with context services (a cluster service) added before the start. */
    protected CamelContext startContext(Map<String, Object> beans, List<Object> services, String uri,
                                        EventLog sink) throws Exception {
        CamelContext other = new DefaultCamelContext();
        for (Object service : services) {
            other.addService(service);
        }
        other.addComponent("sinch-prov", stubComponent());
        beans.forEach(other.getRegistry()::bind);
        sink.attach(other.getEndpoint(WATCHED, MockEndpoint.class));
        other.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("watch").to(WATCHED);
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
