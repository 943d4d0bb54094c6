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

import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java DSL application of docs/getting-started.md, run with only the dependencies the guide lists: the routes
 * start, the simple expressions that call getters ({@code ${body.senders}}, {@code ${exception.notFound}}) work.
 */
class GettingStartedAppTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    @Test
    void logsEverySenderOfTheProjectWithItsState() throws Exception {
        List<String> ids = Stream.of("ACTIVE", "PENDING_VERIFICATION")
                .map(stage -> SIM.control().seed(AppRun.PROJECT, ResourceKind.WHATSAPP_SENDER, null, stage).path("key")
                        .asText())
                .toList();

        try (AppRun app = AppRun.start(SIM)) {
            app.awaitLine("with the count", "2 sender(s)"::equals);
            app.awaitLine("for the active sender", (ids.get(0) + " is ACTIVE")::equals);
            app.awaitLine("for the sender in verification", (ids.get(1) + " is PENDING_VERIFICATION")::equals);
            assertEquals("Started", app.routeStatus("list-senders"));
        }
    }

    @Test
    void aNotFoundIsHandledByTheOnWhenOfTheGuide() throws Exception {
        SIM.control().addFault(FaultRule.on("GET", "/v1/projects/.+/whatsapp/senders", 1, Fault.status(404)));

        try (AppRun app = AppRun.start(SIM)) {
            String line = app.awaitLine("from the onException", l -> l.startsWith("not found: "));
            assertTrue(line.contains("404"), line);
        }
    }
}
