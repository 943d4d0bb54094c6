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
package io.github.camelsinch.provisioning.examples.cookbook.tooling;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/consumer.md "Declaring the state repository without Java" shows exactly the text the tests run: the
 * camel-main and YAML files of StateRepositoryBeansTest, and the lines of the Spring Boot and Quarkus examples.
 */
class StateRepositoryDocSnippetsTest {

    private static final Path ROOT = RepositoryRoot.find();
    private static final String SECTION = "## Declaring the state repository without Java";

    @Test
    void theCamelMainAndYamlSnippetsAreTheTestedFiles() throws IOException {
        String section = section();
        Path resources = ROOT.resolve("examples/yaml-cookbook/src/test/resources");
        for (String file : List.of("state/file-state.properties", "state/jdbc-state.properties",
                "routes/state-file-beans.camel.yaml", "routes/state-jdbc-beans.camel.yaml")) {
            String text = Files.readString(resources.resolve(file));
            assertTrue(section.contains("\n" + text + "```"), file + " differs from its snippet in docs/consumer.md");
        }
    }

    @Test
    void theSpringBootAndQuarkusSnippetsAreLinesOfTheTestedExamples() throws IOException {
        String section = section();
        assertTrue(section.contains(block("examples/spring-boot/src/main/resources/application.properties",
                "spring.datasource.url=", "camel.component.sinch-prov.state.jdbc.table-name=")),
                "the Spring Boot snippet differs from examples/spring-boot's application.properties");
        assertTrue(section.contains(block("examples/quarkus/src/main/resources/application.properties",
                "quarkus.datasource.db-kind=", "quarkus.camel.sinch-prov.state.jdbc.table-name=")),
                "the Quarkus snippet differs from examples/quarkus's application.properties");
    }

    private static String section() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/consumer.md"));
        int start = doc.indexOf(SECTION);
        assertTrue(start >= 0, "docs/consumer.md has no section " + SECTION);
        int end = doc.indexOf("\n## ", start + SECTION.length());
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    /** The fenced block of the lines from the one starting with {@code first} to the one starting with {@code last}. */
    private static String block(String file, String first, String last) throws IOException {
        String text = Files.readString(ROOT.resolve(file));
        int from = text.indexOf(first);
        int lastLine = text.indexOf(last, from);
        assertTrue(from >= 0 && lastLine > from, file + " has no lines " + first + " .. " + last);
        return "```properties\n" + text.substring(from, text.indexOf('\n', lastLine) + 1) + "```";
    }
}
