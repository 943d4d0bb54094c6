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
package io.github.camelsinch.provisioning.examples.cookbook;

import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One recipe run as a user runs it: camel-main with {@code application.properties}, only that recipe's YAML file
 * ({@code camel.main.routes-include-pattern}) and the component pointed at the simulator by properties.
 */
final class RecipeRun implements AutoCloseable {

    static final String PROJECT = "cookbook-project";

    private final Main main;
    private final Map<String, AtomicInteger> completed = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();

    private RecipeRun(Main main) {
        this.main = main;
    }

    /** Starts camel-main with {@code routes/<recipe>.camel.yaml}; {@code properties} override application.properties. */
    static RecipeRun start(String recipe, SimulatorExtension sim, Map<String, String> properties) throws Exception {
        Main main = new Main();
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:routes/" + recipe + ".camel.yaml");
        main.addOverrideProperty("camel.component.sinch-prov.project-id", PROJECT);
        main.addOverrideProperty("camel.component.sinch-prov.key-id", sim.keyId());
        main.addOverrideProperty("camel.component.sinch-prov.key-secret", sim.keySecret());
        main.addOverrideProperty("camel.component.sinch-prov.base-url", sim.baseUrl());
        main.addOverrideProperty("camel.component.sinch-prov.auth-url", sim.tokenUrl());
        properties.forEach(main::addOverrideProperty);
        RecipeRun run = new RecipeRun(main);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport support) {
                support.getCamelContext().getManagementStrategy().addEventNotifier(run.new Counter());
            }
        });
        main.start();
        return run;
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    MockEndpoint mock(String uri) {
        return context().getEndpoint(uri, MockEndpoint.class);
    }

    /** Exchanges started by {@code routeId} (not split parts) that completed without failure. */
    int completed(String routeId) {
        return completed.computeIfAbsent(routeId, id -> new AtomicInteger()).get();
    }

    int failed(String routeId) {
        return failed.computeIfAbsent(routeId, id -> new AtomicInteger()).get();
    }

    void awaitCompleted(String routeId, int count) {
        Await.until("route " + routeId + " to complete " + count + " exchange(s) (completed " + completed(routeId)
                + ", failed " + failed(routeId) + ")", Duration.ofSeconds(10), () -> completed(routeId) >= count);
    }

    @Override
    public void close() {
        main.stop();
    }

    /** Counts completed and failed exchanges per route they started from. */
    private final class Counter extends EventNotifierSupport {

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.ExchangeCompletedEvent
                    || event instanceof CamelEvent.ExchangeFailedEvent;
        }

        @Override
        public void notify(CamelEvent event) {
            Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
            if (exchange.getFromRouteId() == null || exchange.getProperty(ExchangePropertyKey.CORRELATION_ID) != null) {
                return; // a split part or an exchange sent from the test
            }
            Map<String, AtomicInteger> counts = event instanceof CamelEvent.ExchangeFailedEvent ? failed : completed;
            counts.computeIfAbsent(exchange.getFromRouteId(), id -> new AtomicInteger()).incrementAndGet();
        }
    }
}
