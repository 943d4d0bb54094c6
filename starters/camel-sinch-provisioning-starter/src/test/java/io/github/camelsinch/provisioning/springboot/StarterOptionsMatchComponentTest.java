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
import io.github.camelsinch.provisioning.codegen.StarterSourcesGenerator;
import io.github.camelsinch.provisioning.codegen.StarterSourcesGenerator.Option;
import org.junit.jupiter.api.Test;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The starter's options follow the component's: the {@link SinchProvisioningComponentConfiguration} the build generated
 * (StarterSourcesGenerator, generate-sources) and compiled has exactly the options of the component JSON on the
 * classpath, with their types and defaults.
 */
class StarterOptionsMatchComponentTest {

    private static final JsonNode COMPONENT = StarterSourcesGenerator.readComponentJson();

    @Test
    void configurationClassHasExactlyTheComponentOptions() throws Exception {
        List<Option> options = StarterSourcesGenerator.options(COMPONENT);
        Map<String, PropertyDescriptor> properties = ownProperties();

        assertEquals(new TreeSet<>(options.stream().map(Option::name).toList()), new TreeSet<>(properties.keySet()),
                "the options of SinchProvisioningComponentConfiguration and of the component JSON differ");

        SinchProvisioningComponentConfiguration fresh = new SinchProvisioningComponentConfiguration();
        for (Option option : options) {
            PropertyDescriptor property = properties.get(option.name());
            assertNotNull(property.getWriteMethod(), option.name() + " has no setter");
            // the bean property's class: without type arguments (StateRepository<String, String> is a StateRepository)
            assertEquals(StarterSourcesGenerator.rawType(option.springType()), property.getPropertyType().getName(),
                    option.name() + ": type");
            Object actual = property.getReadMethod().invoke(fresh);
            assertEquals(expectedDefault(option), actual, option.name() + ": default");
        }
    }

    private static Map<String, PropertyDescriptor> ownProperties() throws Exception {
        Set<String> inherited = Set.of("class", "enabled", "customizer");
        return java.util.Arrays.stream(Introspector.getBeanInfo(SinchProvisioningComponentConfiguration.class)
                .getPropertyDescriptors())
                .filter(p -> !inherited.contains(p.getName()))
                .collect(Collectors.toMap(PropertyDescriptor::getName, p -> p));
    }

    private static Object expectedDefault(Option option) {
        if (option.defaultValue() == null || option.defaultValue().isNull()) {
            return null;
        }
        String text = option.defaultValue().asText();
        return switch (option.springType()) {
            case "java.lang.Boolean" -> Boolean.valueOf(text);
            case "java.lang.Integer" -> Integer.valueOf(text);
            case "java.lang.Long" -> Long.valueOf(text);
            case "java.lang.Double" -> Double.valueOf(text);
            case "java.lang.Float" -> Float.valueOf(text);
            case "java.time.Duration" -> Duration.ofMillis(Long.parseLong(text));
            default -> text;
        };
    }
}
