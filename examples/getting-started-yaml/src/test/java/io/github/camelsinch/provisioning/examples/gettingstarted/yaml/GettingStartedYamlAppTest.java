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
package io.github.camelsinch.provisioning.examples.gettingstarted.yaml;

import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The YAML-only application of docs/getting-started.md, started as its pom starts it ({@code org.apache.camel.main.Main},
 * which loads {@code classpath:camel/*} and application.properties) with only the dependencies the guide lists, the
 * component pointed at the simulator by override properties.
 */
class GettingStartedYamlAppTest {

    private static final String PROJECT = "getting-started-yaml";

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    @Test
    void theYamlRouteLogsEverySenderOfTheProjectWithItsState() throws Exception {
        String active = SIM.control().seed(PROJECT, ResourceKind.WHATSAPP_SENDER, null, "ACTIVE").path("key").asText();
        String verifying = SIM.control().seed(PROJECT, ResourceKind.WHATSAPP_SENDER, null, "PENDING_VERIFICATION")
                .path("key").asText();
        BlockingQueue<String> logged = new LinkedBlockingQueue<>();
        Main main = new Main();
        main.addOverrideProperty("camel.component.sinch-prov.project-id", PROJECT);
        main.addOverrideProperty("camel.component.sinch-prov.key-id", SIM.keyId());
        main.addOverrideProperty("camel.component.sinch-prov.key-secret", SIM.keySecret());
        main.addOverrideProperty("camel.component.sinch-prov.base-url", SIM.baseUrl());
        main.addOverrideProperty("camel.component.sinch-prov.auth-url", SIM.tokenUrl());
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport support) {
                support.getCamelContext().getCamelContextExtension().addLogListener((exchange, logger, message) -> {
                    logged.add(message);
                    return message;
                });
            }
        });
        main.start();
        try {
            List<String> lines = firstLines(logged, 3);
            assertEquals(List.of("2 sender(s)", active + " is ACTIVE", verifying + " is PENDING_VERIFICATION"), lines);
            assertEquals("Started", main.getCamelContext().getRouteController().getRouteStatus("list-senders").name());
        } finally {
            main.stop();
        }
    }

    /** The first {@code count} log lines, waiting up to 15 s for them. */
    private static List<String> firstLines(BlockingQueue<String> logged, int count) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (lines.size() < count) {
            String next = logged.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("Expected " + count + " log lines within 15 s, got " + lines);
            }
            lines.add(next);
        }
        return lines;
    }
}
