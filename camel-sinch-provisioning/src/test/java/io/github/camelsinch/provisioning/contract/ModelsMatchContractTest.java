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
package io.github.camelsinch.provisioning.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.model.support.ModelObject;
import io.github.camelsinch.provisioning.model.support.OpenEnum;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every schema of the contract has its model, with every property and every enum value. */
class ModelsMatchContractTest {

    private static final String MODEL_PACKAGE = "io.github.camelsinch.provisioning.model.";

    @Test
    void everyObjectSchemaHasAModelWithAllItsProperties() throws Exception {
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode schema = e.getValue();
            if (!schema.has("properties")) {
                continue;
            }
            Class<?> type = Class.forName(MODEL_PACKAGE + e.getKey());
            assertTrue(ModelObject.class.isAssignableFrom(type), e.getKey());
            ModelObject instance = (ModelObject) type.getConstructor().newInstance();
            assertEquals(e.getKey(), instance.schemaName());
            Set<String> declared = new TreeSet<>();
            for (Method m : type.getMethods()) {
                JsonProperty p = m.getAnnotation(JsonProperty.class);
                if (p != null && m.getName().startsWith("get")) {
                    declared.add(p.value());
                }
            }
            Set<String> expected = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(expected::add);
            assertEquals(expected, declared, e.getKey());
            checked++;
        }
        assertTrue(checked > 250, "checked " + checked + " object schemas");
    }

    @Test
    void everyStringEnumHasAnOpenEnumWithAllValues() throws Exception {
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode schema = e.getValue();
            if (!schema.has("enum") || !"string".equals(schema.path("type").asText())) {
                continue;
            }
            Class<?> type = Class.forName(MODEL_PACKAGE + e.getKey());
            assertTrue(OpenEnum.class.isAssignableFrom(type), e.getKey());
            List<String> expected = new ArrayList<>();
            schema.path("enum").forEach(v -> expected.add(v.asText()));
            List<String> actual = new ArrayList<>();
            for (Object v : (Iterable<?>) type.getMethod("knownValues").invoke(null)) {
                actual.add(((OpenEnum) v).value());
            }
            assertEquals(expected, actual, e.getKey());
            OpenEnum unknown = (OpenEnum) type.getMethod("of", String.class).invoke(null, "SOMETHING_NEWER");
            assertEquals("SOMETHING_NEWER", unknown.value());
            assertTrue(!unknown.isKnown(), e.getKey());
            checked++;
        }
        assertTrue(checked > 130, "checked " + checked + " enums");
    }

    @Test
    void everyDiscriminatedUnionIsAnInterfaceOverItsVariants() throws Exception {
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().has("discriminator")) {
                continue;
            }
            Class<?> union = Class.forName(MODEL_PACKAGE + e.getKey());
            assertTrue(union.isInterface(), e.getKey());
            for (Iterator<JsonNode> v = e.getValue().path("discriminator").path("mapping").elements(); v.hasNext();) {
                String ref = v.next().asText();
                Class<?> variant = Class.forName(MODEL_PACKAGE + ref.substring(ref.lastIndexOf('/') + 1));
                if (!union.isAssignableFrom(variant)) {
                    fail(variant.getSimpleName() + " does not implement " + union.getSimpleName());
                }
            }
        }
    }

    private static Iterator<Map.Entry<String, JsonNode>> schemas() {
        return ContractDocument.get().root().path("components").path("schemas").fields();
    }
}
