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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kamelets follow the Apache Kamelet format, ship in the component jar where camel-kamelet looks
 * ({@code classpath:kamelets/<name>.kamelet.yaml}), and their properties are options of the component.
 */
class KameletDefinitionTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\?)?([^}]+)}}");
    private static final Set<String> PATH_PROPERTIES = Set.of("api", "operation");

    @ParameterizedTest
    @ValueSource(strings = {"sinch-prov-status-source", "sinch-prov-action-sink"})
    void isAKameletOfTheApacheFormatShippedInTheComponentJar(String name) throws IOException {
        Path file = EndpointUrisTest.ROOT.resolve("camel-sinch-provisioning/src/main/resources/kamelets/"
                + name + ".kamelet.yaml");
        JsonNode kamelet = KameletTemplates.read(file);
        String type = name.endsWith("-source") ? "source" : "sink";

        assertEquals("camel.apache.org/v1", kamelet.path("apiVersion").asText());
        assertEquals("Kamelet", kamelet.path("kind").asText());
        assertEquals(name, kamelet.path("metadata").path("name").asText());
        assertEquals(type, kamelet.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText());

        JsonNode definition = kamelet.path("spec").path("definition");
        assertEquals("object", definition.path("type").asText());
        assertFalse(definition.path("title").asText().isBlank());
        assertFalse(definition.path("description").asText().isBlank());
        JsonNode properties = definition.path("properties");
        Set<String> required = new TreeSet<>();
        definition.path("required").forEach(r -> required.add(r.asText()));
        assertEquals(Set.of("projectId", "keyId", "keySecret", "api", "operation"), required);
        for (String property : iterable(properties.fieldNames())) {
            JsonNode p = properties.path(property);
            assertFalse(p.path("title").asText().isBlank(), property);
            assertFalse(p.path("description").asText().isBlank(), property);
            assertTrue(Set.of("string", "integer", "boolean").contains(p.path("type").asText()), property);
        }
        for (String credential : List.of("keyId", "keySecret")) {
            assertEquals("urn:camel:group:credentials",
                    properties.path(credential).path("x-descriptors").path(0).asText(), credential);
        }
        assertEquals("password", properties.path("keySecret").path("format").asText());

        // Every property is used by the template and every placeholder is a property; an optional placeholder
        // ({{?name}}) only for a property that is neither required nor defaulted, a plain one for the others.
        String template = new ObjectMapper().writeValueAsString(kamelet.path("spec").path("template"));
        Set<String> used = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String property = m.group(2);
            used.add(property);
            assertTrue(properties.has(property), "{{" + property + "}} is not a property");
            boolean optional = m.group(1) != null;
            boolean hasValue = required.contains(property) || properties.path(property).has("default");
            assertEquals(!hasValue, optional, property + ": {{?...}} exactly when it has no value of its own");
        }
        assertEquals(new TreeSet<>(iterable(properties.fieldNames())), new TreeSet<>(used), "properties unused");
        assertTrue(template.contains(type.equals("source") ? "\"to\":\"kamelet:sink\"" : "\"uri\":\"kamelet:source\""),
                template);

        List<String> dependencies = new ArrayList<>();
        kamelet.path("spec").path("dependencies").forEach(d -> dependencies.add(d.asText()));
        assertTrue(dependencies.contains("mvn:io.github.camelsinch:camel-sinch-provisioning:"
                + System.getProperty("project.version")), "the dependency names this version: " + dependencies);
        assertTrue(dependencies.contains("camel:kamelet"), dependencies.toString());

        // Shipped where camel-kamelet looks, from the component's own classes or jar.
        URL shipped = getClass().getClassLoader().getResource("kamelets/" + name + ".kamelet.yaml");
        assertNotNull(shipped);
        String component =
                SinchProvisioningComponent.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertTrue(shipped.getPath().contains(component), shipped + " is not in " + component);
        assertTrue(Files.readString(file).equals(new String(shipped.openStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)), shipped + " differs from " + file
                        + ": rebuild camel-sinch-provisioning (mvn install) so the jar ships the current Kamelet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch-prov-status-source", "sinch-prov-action-sink"})
    void itsPropertiesAreOptionsOfTheComponentWithTheSameTypes(String name) throws IOException {
        JsonNode properties = KameletTemplates.read(EndpointUrisTest.ROOT.resolve(
                "camel-sinch-provisioning/src/main/resources/kamelets/" + name + ".kamelet.yaml"))
                .path("spec").path("definition").path("properties");
        DefaultCamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent("sinch-prov", SinchProvisioningComponent.class.getName());
        JsonNode options = new ObjectMapper().readTree(catalog.componentJSonSchema("sinch-prov")).path("properties");
        Map<String, String> kameletType = Map.of("string", "string", "enum", "string", "integer", "integer",
                "duration", "integer", "boolean", "boolean");
        for (String property : iterable(properties.fieldNames())) {
            JsonNode option = options.path(property);
            assertFalse(option.isMissingNode(), property + " is not an option of sinch-prov");
            assertEquals(kameletType.get(option.path("type").asText()), properties.path(property).path("type").asText(),
                    property);
            if (option.has("defaultValue") && properties.path(property).has("default")) {
                assertEquals(option.path("defaultValue").asText(), properties.path(property).path("default").asText(),
                        property + ": the Kamelet's default is the component's");
            }
            assertEquals(option.path("secret").asBoolean(), "password".equals(properties.path(property)
                    .path("format").asText()), property + ": secret exactly when the component says so");
            for (JsonNode value : properties.path(property).path("enum")) {
                assertTrue(PATH_PROPERTIES.contains(property), property);
                List<String> allowed = new ArrayList<>();
                option.path("enum").forEach(e -> allowed.add(e.asText()));
                assertTrue(allowed.contains(value.asText()), property + " " + value + " not in " + allowed);
            }
        }
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
