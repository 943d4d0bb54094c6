package io.github.camelsinch.provisioning.springboot;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsinch.provisioning.springboot.StarterSourcesGenerator.Option;
import org.junit.jupiter.api.Test;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The starter's options follow the component's: the committed generated sources are what
 * {@link StarterSourcesGenerator} makes of the component JSON on the classpath, and the compiled
 * {@link SinchProvisioningComponentConfiguration} has exactly the component's options with its defaults.
 */
class StarterSourcesInSyncTest {

    private static final JsonNode COMPONENT = StarterSourcesGenerator.readComponentJson();

    @Test
    void generatedSourcesAreUpToDateWithTheComponentJson() throws IOException {
        boolean regenerate = Boolean.getBoolean("sinch.starter.regenerate");
        for (Map.Entry<String, String> file : StarterSourcesGenerator.generate(COMPONENT).entrySet()) {
            Path path = Path.of(file.getKey());
            if (regenerate) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
                continue;
            }
            String committed = Files.exists(path) ? Files.readString(path) : "";
            assertEquals(file.getValue(), committed, file.getKey() + " is stale: the component's options changed."
                    + " Regenerate with: mvn -pl starters/camel-sinch-provisioning-starter test"
                    + " -Dtest=StarterSourcesInSyncTest -Dsinch.starter.regenerate=true");
        }
    }

    @Test
    void configurationClassHasExactlyTheComponentOptions() throws Exception {
        assumeFalse(Boolean.getBoolean("sinch.starter.regenerate"), "the compiled class predates the regeneration");
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
