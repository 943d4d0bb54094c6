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
package io.github.camelsinch.provisioning.springboot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsinch.provisioning.codegen.StarterSourcesGenerator;
import io.github.camelsinch.provisioning.codegen.StarterSourcesGenerator.Option;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The IDE metadata that spring-boot-configuration-processor wrote into the starter jar documents every component
 * option under its Spring name, with the component's description, type and default.
 */
class ConfigurationMetadataTest {

    private static final String PREFIX = "camel.component.sinch-prov";
    private static Map<String, JsonNode> properties;
    private static JsonNode metadata;

    @BeforeAll
    static void readMetadata() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (URL url : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode candidate = mapper.readTree(in);
                for (JsonNode group : candidate.path("groups")) {
                    if (PREFIX.equals(group.path("name").asText())) {
                        metadata = candidate;
                    }
                }
            }
        }
        assertNotNull(metadata, "no META-INF/spring-configuration-metadata.json with the group " + PREFIX);
        properties = new HashMap<>();
        metadata.path("properties").forEach(p -> properties.put(p.path("name").asText(), p));
    }

    @Test
    void everyComponentOptionIsDocumentedWithItsDescriptionTypeAndDefault() {
        List<String> problems = new ArrayList<>();
        for (Option option : StarterSourcesGenerator.options(StarterSourcesGenerator.readComponentJson())) {
            JsonNode property = properties.get(option.propertyName());
            if (property == null) {
                problems.add(option.propertyName() + " is missing");
                continue;
            }
            if (!normalize(option.description()).equals(normalize(property.path("description").asText()))) {
                problems.add(option.propertyName() + ": description '" + property.path("description").asText()
                        + "' instead of '" + option.description() + "'");
            }
            // the processor writes type arguments without the space: StateRepository<java.lang.String,java.lang.String>
            if (!option.springType().replace(" ", "").equals(property.path("type").asText().replace(" ", ""))) {
                problems.add(option.propertyName() + ": type " + property.path("type").asText());
            }
            String expected = option.defaultValue() == null ? null : option.defaultValue().asText();
            String actual = property.has("defaultValue") ? property.get("defaultValue").asText() : null;
            if (!sameDefault(option, expected, actual)) {
                problems.add(option.propertyName() + ": default " + actual + " instead of " + expected);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theStarterSwitchesAreDocumentedToo() {
        for (String name : List.of(PREFIX + ".enabled", PREFIX + ".customizer.enabled")) {
            JsonNode property = properties.get(name);
            assertNotNull(property, name);
            assertFalse(property.path("description").asText().isBlank(), name + " has no description");
            assertTrue(property.path("defaultValue").asBoolean(), name + " defaults to true");
        }
    }

    @Test
    void theJdbcStatePropertiesAreDocumentedWithTheirDefaults() {
        Map<String, String> defaults = Map.of(PREFIX + ".state.jdbc.enabled", "false",
                PREFIX + ".state.jdbc.table-name", "sinch_state", PREFIX + ".state.jdbc.create-table", "true");
        defaults.forEach((name, value) -> {
            JsonNode property = properties.get(name);
            assertNotNull(property, name);
            assertFalse(property.path("description").asText().isBlank(), name + " has no description");
            assertEquals(value, property.path("defaultValue").asText(), name);
        });
    }

    @Test
    void enumOptionsOfferTheirValues() {
        JsonNode hint = null;
        for (JsonNode candidate : metadata.path("hints")) {
            if ((PREFIX + ".auth-type").equals(candidate.path("name").asText())) {
                hint = candidate;
            }
        }
        assertNotNull(hint, "no hint for auth-type");
        List<String> values = new ArrayList<>();
        hint.path("values").forEach(v -> values.add(v.path("value").asText()));
        assertEquals(List.of("oauth2", "basic"), values);
    }

    /** Durations are compared as durations: the component says 5000 (ms), Spring writes "5s". */
    private static boolean sameDefault(Option option, String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if ("java.time.Duration".equals(option.springType())) {
            return Duration.ofMillis(Long.parseLong(expected)).equals(DurationStyle.detectAndParse(actual));
        }
        return expected.equals(actual);
    }

    private static String normalize(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }
}
