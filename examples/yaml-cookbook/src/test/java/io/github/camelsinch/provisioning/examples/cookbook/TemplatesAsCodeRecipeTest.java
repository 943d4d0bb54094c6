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

import io.github.camelsinch.provisioning.simulator.Fault;
import io.github.camelsinch.provisioning.simulator.FaultRule;
import io.github.camelsinch.provisioning.simulator.RecordedRequest;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.github.camelsinch.provisioning.examples.cookbook.RecipeRun.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recipe 5, {@code routes/templates-as-code.camel.yaml}: the module's {@code templates-as-code} folder planned,
 * applied and re-planned against the simulator, with the plan table and the exit code a CI job reads.
 */
class TemplatesAsCodeRecipeTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    @TempDir
    Path work;

    private Map<String, String> properties(Path templates, boolean dryRun) {
        return Map.of("templates.asCode.dir", templates.toString(), "templates.asCode.dryRun", String.valueOf(dryRun),
                "templates.asCode.out", work.resolve("out").toString());
    }

    private String run(Path templates, boolean dryRun) throws Exception {
        Path exitCode = work.resolve("out/exit-code");
        Files.deleteIfExists(exitCode);
        try (RecipeRun run = RecipeRun.start("templates-as-code", SIM, properties(templates, dryRun))) {
            Await.until("the recipe to write its exit code", Duration.ofSeconds(10), () -> Files.exists(exitCode));
        }
        return Files.readString(exitCode).trim();
    }

    private String plan() throws IOException {
        return Files.readString(work.resolve("out/plan.md"));
    }

    private static List<RecordedRequest> writes() {
        return SIM.control().requests().stream().filter(r -> r.path().startsWith("/v1/") && !r.method().equals("GET"))
                .toList();
    }

    @Test
    void plansOnAPullRequestAppliesOnMergeAndThenIsInSync() throws Exception {
        Path templates = copyOfTheModuleFolder();

        assertEquals("2", run(templates, true), "drift in a dry run");
        assertTrue(plan().contains("| CREATE | payment_due/EN | billing/payment_due.en.yaml | PLANNED |"), plan());
        assertTrue(plan().contains("3 to create"), plan());
        assertEquals(List.of(), writes(), "a plan sends no write");

        assertEquals("0", run(templates, false), "applied");
        assertEquals(Set.of("order_shipped/DE", "order_shipped/EN", "payment_due/EN"),
                SIM.control().resources(PROJECT, ResourceKind.WHATSAPP_TEMPLATE).stream()
                        .map(r -> r.path("key").asText()).collect(Collectors.toSet()));

        SIM.control().advance(Duration.ofSeconds(10));
        SIM.control().clearRequests();
        assertEquals("0", run(templates, true), "in sync: nothing to plan");
        assertTrue(plan().contains("0 to create, 0 to update"), plan());

        Path file = templates.resolve("billing/payment_due.en.yaml");
        Files.writeString(file, Files.readString(file).replace("is due", "is due today"));
        assertEquals("2", run(templates, true));
        assertTrue(plan().contains("| UPDATE | payment_due/EN | details.components[0].text | PLANNED |"), plan());
        assertEquals(List.of(), writes());
    }

    @Test
    void aFailedWriteOrABadFileGivesExitCodeOne() throws Exception {
        Path templates = copyOfTheModuleFolder();
        SIM.control().addFault(FaultRule.on("POST", "/v1/projects/.+/whatsapp/templates", 1, Fault.status(409)));
        assertEquals("1", run(templates, false));
        assertTrue(plan().contains("FAILED: 409"), plan());
        assertEquals(2, SIM.control().resources(PROJECT, ResourceKind.WHATSAPP_TEMPLATE).size(),
                "the other creates were sent");

        Files.writeString(templates.resolve("broken.json"), "{\"name\": \"broken\", \"language\": \"EN\"}");
        SIM.control().clearRequests();
        assertEquals("1", run(templates, false));
        assertTrue(plan().contains("broken.json: category: required"), plan());
        assertEquals(List.of(), writes(), "nothing is sent when a file is bad");
    }

    /** The module's folder, copied so that a test can edit it. */
    private Path copyOfTheModuleFolder() throws IOException {
        Path source = Path.of("templates-as-code");
        Path target = work.resolve("templates");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }
}
