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
package io.github.camelsinch.provisioning.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spring Boot starter's sources from a small component JSON of the tests' own (src/test/resources/mini). */
class StarterSourcesGeneratorTest {

    private static JsonNode component;
    private static Map<String, String> files;

    @BeforeAll
    static void generate() throws IOException {
        component = new ObjectMapper().readTree(Path.of("src/test/resources/mini/sinch-prov.json").toFile());
        files = StarterSourcesGenerator.generate(component);
    }

    private static String configuration() {
        return files.get(StarterSourcesGenerator.CONFIGURATION_PATH);
    }

    @Test
    void writesTheConfigurationTheConverterAndTheAdditionalMetadata() {
        assertEquals(List.of(StarterSourcesGenerator.CONFIGURATION_PATH, StarterSourcesGenerator.CONVERTER_PATH,
                StarterSourcesGenerator.ADDITIONAL_METADATA_PATH), List.copyOf(files.keySet()));
        assertTrue(configuration().contains("@ConfigurationProperties(prefix = \"camel.component.sinch-prov\")"));
    }

    @Test
    void optionsBecomeBoxedFieldsWithTheirDefaults() {
        String c = configuration();
        assertTrue(c.contains("    private String baseUrl = \"https://pets.example\";"), c);
        assertTrue(c.contains("    private Boolean lazyStartProducer = false;"));
        assertTrue(c.contains("    private Integer maxPages = 100;"));
        assertTrue(c.contains("    private Duration timeout = Duration.ofSeconds(30);"));
        assertTrue(c.contains("    private Duration retryDelay = Duration.ofMillis(1500);"));
        assertTrue(c.contains("    private String auth = \"OAUTH2\";"));
        assertTrue(c.contains("    private StateRepository<String, String> stateRepository;"));
        assertTrue(c.contains("    private String meterRegistry;"), "an Object option binds the #bean: text");
        assertTrue(c.contains("    @Deprecated\n    private String oldOption;"));
        assertTrue(c.contains("import java.time.Duration;\nimport org.apache.camel.spi.StateRepository;\n"));
        assertFalse(c.contains("Never */ logged"), "a description must not close the javadoc");
    }

    @Test
    void theConverterBindsBeanReferencesOfTheTypedObjectOptionsOnly() {
        String converter = files.get(StarterSourcesGenerator.CONVERTER_PATH);
        assertTrue(converter.contains(
                "answer.add(new ConvertiblePair(String.class, org.apache.camel.spi.StateRepository.class));"));
        assertFalse(converter.contains("java.lang.Object.class"));
    }

    @Test
    void enumOptionsGetHintsAndTheInheritedSwitchesAreDescribed() throws IOException {
        JsonNode metadata = new ObjectMapper().readTree(files.get(StarterSourcesGenerator.ADDITIONAL_METADATA_PATH));
        assertEquals("camel.component.sinch-prov.auth", metadata.path("hints").path(0).path("name").asText());
        assertEquals("BASIC", metadata.path("hints").path(0).path("values").path(1).path("value").asText());
        assertEquals(1, metadata.path("hints").size());
        assertEquals("camel.component.sinch-prov.enabled", metadata.path("properties").path(0).path("name").asText());
    }

    @Test
    void anUnsupportedTypeIsNamedNotGuessed() throws IOException {
        JsonNode odd = new ObjectMapper().readTree(
                "{\"component\":{},\"componentProperties\":{\"weird\":{\"type\":\"array\",\"javaType\":\"java.util.List\"}}}");
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> StarterSourcesGenerator.generate(odd));
        assertTrue(e.getMessage().contains("Option weird: type array / java.util.List is not handled"), e.getMessage());
    }

    @Test
    void dashedNamesFollowSpring() {
        assertEquals("ssl-context-parameters", StarterSourcesGenerator.dashed("sslContextParameters"));
    }
}
