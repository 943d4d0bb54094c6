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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.camelsinch.provisioning.examples.cookbook.RecipeRun.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recipe 1, {@code routes/provision-templates.camel.yaml}: WhatsApp templates from JSON files. */
class ProvisionTemplatesRecipeTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    @TempDir
    Path dir;

    private static final String ORDER_UPDATE = """
            {
              "name": "cookbook_order_update",
              "category": "UTILITY",
              "language": "EN",
              "status": "SUBMIT",
              "details": {
                "components": [
                  { "type": "BODY", "text": "Your order {{1}} is on its way.", "examples": ["A-1042"] }
                ]
              }
            }
            """;

    @Test
    void createsTheTemplateOfEachFileAndMovesBadFilesToTheErrorFolderWithTheReason() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path done = dir.resolve("done");
        Path failed = dir.resolve("failed");
        try (RecipeRun run = RecipeRun.start("provision-templates", SIM, Map.of(
                "templates.dir", dir.toString(),
                "templates.pollDelay", "50"))) {

            drop(inbox, "order-update.json", ORDER_UPDATE);
            awaitFile(done.resolve("order-update.json"));

            ObjectNode held =
                    SIM.control().resource(PROJECT, ResourceKind.WHATSAPP_TEMPLATE, "cookbook_order_update/EN");
            assertEquals("cookbook_order_update", held.path("resource").path("name").asText(), held.toString());
            assertEquals("UTILITY", held.path("resource").path("category").asText(), held.toString());
            assertEquals("Your order {{1}} is on its way.",
                    held.path("resource").path("changes").path("details").path("components").path(0).path("text")
                            .asText(),
                    held.toString());

            drop(inbox, "broken.json", "{ \"name\": \"cookbook_broken\", ");
            drop(inbox, "incomplete.json", ORDER_UPDATE.replace("cookbook_order_update", "cookbook_incomplete")
                    .replace("\"category\": \"UTILITY\",", ""));
            drop(inbox, "duplicate.json", ORDER_UPDATE);
            for (String name : List.of("broken.json", "incomplete.json", "duplicate.json")) {
                awaitFile(failed.resolve(name + ".error.txt"));
                awaitFile(failed.resolve(name));
            }

            assertTrue(reason(failed, "broken.json").contains("is not valid JSON"), reason(failed, "broken.json"));
            assertTrue(reason(failed, "incomplete.json").contains("category"), reason(failed, "incomplete.json"));
            String duplicate = reason(failed, "duplicate.json");
            assertTrue(duplicate.contains("409") || duplicate.toLowerCase(Locale.ROOT).contains("exists"), duplicate);

            // Nothing lost: every file is either done or failed, with its content untouched.
            assertEquals(List.of(), list(inbox));
            assertEquals(ORDER_UPDATE, Files.readString(failed.resolve("duplicate.json")));
            assertEquals(List.of("order-update.json"), list(done));
            // Only the good definition reached the API; the malformed ones were refused before any request.
            assertEquals(1, SIM.control().resources(PROJECT, ResourceKind.WHATSAPP_TEMPLATE).size());
            assertFalse(SIM.control().requests().stream()
                    .anyMatch(r -> r.method().equals("POST") && r.status() == 400),
                    "no request was refused as invalid");
            assertEquals(1, run.completed("provision-templates"));
            assertEquals(3, run.failed("provision-templates"));
        }
    }

    /** Writes the file under a name the route ignores, then renames it: the route never reads half a file. */
    private static void drop(Path inbox, String name, String content) throws IOException {
        Path tmp = inbox.resolve(name + ".part");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitFile(Path file) {
        Await.until(file + " to exist", Duration.ofSeconds(10), () -> Files.exists(file));
    }

    private static String reason(Path failed, String name) throws IOException {
        return Files.readString(failed.resolve(name + ".error.txt"));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
