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
package io.github.camelsinch.provisioning.examples.gettingstarted;

import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The guide's application started as {@link Application#main} starts it, with application.properties, and the
 * component pointed at the simulator by override properties (what the SINCH_* variables do for a user). It records
 * what the routes' log steps write.
 */
final class AppRun implements AutoCloseable {

    static final String PROJECT = "getting-started";

    private final Main main;
    private final BlockingQueue<String> logged = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private AppRun(Main main) {
        this.main = main;
    }

    static AppRun start(SimulatorExtension sim) throws Exception {
        AppRun run = new AppRun(new Main(Application.class));
        run.main.addOverrideProperty("camel.component.sinch-prov.project-id", PROJECT);
        run.main.addOverrideProperty("camel.component.sinch-prov.key-id", sim.keyId());
        run.main.addOverrideProperty("camel.component.sinch-prov.key-secret", sim.keySecret());
        run.main.addOverrideProperty("camel.component.sinch-prov.base-url", sim.baseUrl());
        run.main.addOverrideProperty("camel.component.sinch-prov.auth-url", sim.tokenUrl());
        run.main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport support) {
                support.getCamelContext().getCamelContextExtension().addLogListener((exchange, logger, message) -> {
                    run.logged.add(message);
                    return message;
                });
            }
        });
        run.main.start();
        return run;
    }

    /** Waits for a log line the routes write; fails naming the lines seen so far. */
    String awaitLine(String description, Predicate<String> line) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        for (String next; (next = logged.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null;) {
            seen.add(next);
            if (line.test(next)) {
                return next;
            }
        }
        throw new AssertionError("No log line " + description + " within 15 s; logged: " + seen);
    }

    String routeStatus(String routeId) {
        return main.getCamelContext().getRouteController().getRouteStatus(routeId).name();
    }

    @Override
    public void close() {
        main.stop();
    }
}
