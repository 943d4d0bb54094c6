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
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The component's metadata as Camel tooling reads it: {@code CamelCatalog.addComponent(name, className)} (what a
 * custom catalog for Kaoto, {@code camel-catalog}-based validators and IDE plugins use) finds the component JSON the
 * jar ships next to the component class.
 */
class CatalogRegistrationTest {

    private static final String META_INF_JSON = "META-INF/io/github/camelsinch/provisioning/sinch-prov.json";
    private static final String PACKAGE_JSON = "io/github/camelsinch/provisioning/sinch-prov.json";

    @Test
    void addComponentFindsTheComponentJsonShippedWithTheComponent() throws IOException {
        CamelCatalog catalog = new DefaultCamelCatalog();
        assertFalse(catalog.findComponentNames().contains("sinch-prov"), "not a component of Camel itself");
        assertNull(catalog.componentJSonSchema("sinch-prov"));

        catalog.addComponent("sinch-prov", SinchProvisioningComponent.class.getName());

        assertTrue(catalog.findComponentNames().contains("sinch-prov"));
        String json = catalog.componentJSonSchema("sinch-prov");
        assertNotNull(json, "the catalog finds " + PACKAGE_JSON);
        assertEquals(read(PACKAGE_JSON), json.strip());
        ComponentModel model = catalog.componentModel("sinch-prov");
        assertEquals("sinch-prov", model.getScheme());
        assertEquals("sinch-prov:api/operation", model.getSyntax());
        assertEquals(SinchProvisioningComponent.class.getName(), model.getJavaType());
        assertEquals("io.github.camelsinch", model.getGroupId());
        assertEquals("camel-sinch-provisioning", model.getArtifactId());
        assertEquals(System.getProperty("project.version"), model.getVersion());
        assertTrue(model.getEndpointOptions().stream().anyMatch(o -> o.getName().equals("conversationAppId")));
        assertTrue(model.getEndpointOptions().stream().anyMatch(o -> o.getName().equals("keySecret") && o.isSecret()));
    }

    @Test
    void bothCopiesOfTheJsonComeFromTheComponentAndAreTheSame() throws IOException {
        String componentLocation = SinchProvisioningComponent.class.getProtectionDomain().getCodeSource()
                .getLocation().toString();
        for (String path : new String[] {META_INF_JSON, PACKAGE_JSON}) {
            URL url = getClass().getClassLoader().getResource(path);
            assertNotNull(url, path);
            assertTrue(url.toString().contains(componentLocation.replaceFirst("^file:", "")), url + " is not in "
                    + componentLocation);
        }
        assertEquals(read(META_INF_JSON), read(PACKAGE_JSON));
        JsonNode component = new ObjectMapper().readTree(read(PACKAGE_JSON)).path("component");
        assertEquals("sinch-prov", component.path("scheme").asText());
    }

    @Test
    void toolingBuildsAndParsesUrisWithTheCatalog() throws Exception {
        CamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent("sinch-prov", SinchProvisioningComponent.class.getName());

        assertEquals("sinch-prov:whatsapp-templates/list?filterStates=APPROVED&initialEmit=true",
                catalog.asEndpointUri("sinch-prov", Map.of("api", "whatsapp-templates", "operation", "list",
                        "filterStates", "APPROVED", "initialEmit", "true"), false));
        Map<String, String> parsed = catalog.endpointProperties(
                "sinch-prov:conversation/getInstagram?conversationAppId=01HAPP1,01HAPP2&delay=300000");
        assertEquals(Map.of("api", "conversation", "operation", "getInstagram",
                "conversationAppId", "01HAPP1,01HAPP2", "delay", "300000"), parsed);
    }

    private static String read(String path) throws IOException {
        try (InputStream in = CatalogRegistrationTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        }
    }
}
