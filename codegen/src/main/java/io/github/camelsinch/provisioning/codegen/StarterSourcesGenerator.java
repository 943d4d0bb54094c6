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

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the Spring Boot starter's option-dependent sources from the component's own metadata ({@code sinch-prov.json},
 * written by camel-component-maven-plugin): the {@code @ConfigurationProperties} class with one javadoc'ed field per
 * component option (from which spring-boot-configuration-processor writes the IDE metadata), the converter of bean
 * references for the object options, and the additional metadata (enum hints, inherited properties).
 *
 * <p>A build step of the starter (exec-maven-plugin, generate-sources):
 * {@code StarterSourcesGenerator <javaOutputDir> <resourcesOutputDir>}, with the component on the classpath. The
 * output goes to the starter's {@code target/generated-sources} and {@code target/generated-resources}: nothing is
 * committed, so nothing can go stale.
 */
public final class StarterSourcesGenerator {

    static final String COMPONENT_JSON = "META-INF/io/github/camelsinch/provisioning/sinch-prov.json";
    static final String PACKAGE = "io.github.camelsinch.provisioning.springboot";
    static final String PREFIX = "camel.component.sinch-prov";

    /** Paths relative to the Java output folder. */
    static final String CONFIGURATION_PATH =
            "io/github/camelsinch/provisioning/springboot/SinchProvisioningComponentConfiguration.java";
    static final String CONVERTER_PATH =
            "io/github/camelsinch/provisioning/springboot/SinchProvisioningComponentConverter.java";
    /** Path relative to the resources output folder. */
    static final String ADDITIONAL_METADATA_PATH = "META-INF/additional-spring-configuration-metadata.json";

    /** One component option as the component JSON describes it. */
    public record Option(String name, String type, String javaType, JsonNode defaultValue, String description,
                         boolean secret, boolean deprecated, List<String> enums) {

        public String propertyName() {
            return PREFIX + "." + dashed(name);
        }

        /** The type of the Spring property: boxed, durations as {@link java.time.Duration}. */
        public String springType() {
            return switch (type) {
                case "string", "enum" -> javaType;
                case "boolean" -> "java.lang.Boolean";
                case "integer" -> switch (javaType) {
                    case "int", "java.lang.Integer" -> "java.lang.Integer";
                    case "long", "java.lang.Long" -> "java.lang.Long";
                    default -> throw unsupported();
                };
                case "number" -> switch (javaType) {
                    case "double", "java.lang.Double" -> "java.lang.Double";
                    case "float", "java.lang.Float" -> "java.lang.Float";
                    default -> throw unsupported();
                };
                // The component's configurer reads a duration as java.time.Duration (then millis), so Spring's
                // Duration binding ("5s", "PT5S", or plain milliseconds) passes straight through.
                case "duration" -> "java.time.Duration";
                // An option typed Object (meterRegistry: its real type is optional on the classpath) binds the
                // #bean:name text, which the component's configurer resolves in the Camel registry.
                case "object" -> "java.lang.Object".equals(javaType) ? "java.lang.String" : javaType;
                default -> throw unsupported();
            };
        }

        /** The Java initializer of the default value, or null. */
        public String defaultLiteral() {
            if (defaultValue == null || defaultValue.isNull()) {
                return null;
            }
            String text = defaultValue.asText();
            return switch (springType()) {
                case "java.lang.String" -> '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
                case "java.lang.Boolean" -> Boolean.toString(Boolean.parseBoolean(text));
                case "java.lang.Integer" -> Integer.toString(Integer.parseInt(text));
                case "java.lang.Long" -> Long.parseLong(text) + "L";
                case "java.lang.Double" -> Double.parseDouble(text) + "D";
                case "java.lang.Float" -> Float.parseFloat(text) + "F";
                case "java.time.Duration" -> durationLiteral(Long.parseLong(text));
                default -> throw new IllegalStateException("Option " + name + " of type " + javaType
                        + " has a default value (" + text + ") the generator cannot express");
            };
        }

        private IllegalStateException unsupported() {
            return new IllegalStateException("Option " + name + ": type " + type + " / " + javaType
                    + " is not handled by " + StarterSourcesGenerator.class.getSimpleName() + "; extend it");
        }
    }

    private StarterSourcesGenerator() {
    }

    /** Writes the Java sources under the first argument and the additional metadata under the second. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StarterSourcesGenerator <javaOutputDir> <resourcesOutputDir>");
        }
        Path javaOut = Path.of(args[0]);
        Path resourcesOut = Path.of(args[1]);
        int changed = 0;
        for (Map.Entry<String, String> file : generate(readComponentJson()).entrySet()) {
            Path root = file.getKey().endsWith(".java") ? javaOut : resourcesOut;
            if (write(root.resolve(file.getKey()), file.getValue())) {
                changed++;
            }
        }
        System.out
                .println("sinch-provisioning-codegen: starter sources (" + changed + " changed) in " + javaOut + " and "
                        + resourcesOut);
    }

    /** Writes a file unless it already holds the content: rewriting it would defeat incremental compilation. */
    private static boolean write(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        return true;
    }

    /** The component JSON on the classpath (the camel-sinch-provisioning jar). */
    public static JsonNode readComponentJson() {
        try (InputStream in = StarterSourcesGenerator.class.getClassLoader().getResourceAsStream(COMPONENT_JSON)) {
            if (in == null) {
                throw new IllegalStateException(COMPONENT_JSON + " is not on the classpath: is camel-sinch-provisioning"
                        + " a dependency?");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Option> options(JsonNode componentJson) {
        List<Option> options = new ArrayList<>();
        componentJson.path("componentProperties").properties().forEach(entry -> {
            JsonNode o = entry.getValue();
            List<String> enums = new ArrayList<>();
            o.path("enum").forEach(value -> enums.add(value.asText()));
            options.add(new Option(entry.getKey(), o.path("type").asText(), o.path("javaType").asText(),
                    o.get("defaultValue"), o.path("description").asText(), o.path("secret").asBoolean(false),
                    o.path("deprecated").asBoolean(false), List.copyOf(enums)));
        });
        return options;
    }

    /** Path relative to the Java or the resources output folder (by extension) to file content. */
    static Map<String, String> generate(JsonNode componentJson) {
        List<Option> options = options(componentJson);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CONFIGURATION_PATH, configurationClass(componentJson.path("component"), options));
        files.put(CONVERTER_PATH, converterClass(options));
        files.put(ADDITIONAL_METADATA_PATH, additionalMetadata(options));
        return files;
    }

    private static String header() {
        return "/*\n"
                + " * Generated at build time by StarterSourcesGenerator (sinch-provisioning-codegen) from the component's\n"
                + " * sinch-prov.json - do not edit.\n"
                + " */\n";
    }

    static String configurationClass(JsonNode component, List<Option> options) {
        TreeSet<String> imports = new TreeSet<>();
        imports.add("org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon");
        imports.add("org.springframework.boot.context.properties.ConfigurationProperties");
        for (Option option : options) {
            String type = option.springType();
            if (!type.startsWith("java.lang.")) {
                imports.add(rawType(type));
            }
        }
        StringBuilder out = new StringBuilder(header());
        out.append("package ").append(PACKAGE).append(";\n\n");
        for (String type : imports) {
            out.append("import ").append(type).append(";\n");
        }
        out.append("\n/**\n");
        javadocLines(out, "", component.path("description").asText());
        out.append(" * <p>\n");
        out.append(" * Every option of the component, bound from {@code ").append(PREFIX)
                .append(".*}. Only the options\n");
        out.append(" * that are set are applied to the component.\n");
        out.append(" */\n");
        out.append("@ConfigurationProperties(prefix = \"").append(PREFIX).append("\")\n");
        out.append(
                "public class SinchProvisioningComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n");
        for (Option option : options) {
            out.append("\n    /**\n");
            javadocLines(out, "    ", option.description());
            out.append("     */\n");
            if (option.deprecated()) {
                out.append("    @Deprecated\n");
            }
            out.append("    private ").append(simpleName(option.springType())).append(' ').append(option.name());
            String literal = option.defaultLiteral();
            if (literal != null) {
                out.append(" = ").append(literal);
            }
            out.append(";\n");
        }
        for (Option option : options) {
            String type = simpleName(option.springType());
            String capitalized = Character.toUpperCase(option.name().charAt(0)) + option.name().substring(1);
            out.append('\n');
            if (option.deprecated()) {
                out.append("    @Deprecated\n");
            }
            out.append("    public ").append(type).append(" get").append(capitalized).append("() {\n");
            out.append("        return ").append(option.name()).append(";\n");
            out.append("    }\n\n");
            if (option.deprecated()) {
                out.append("    @Deprecated\n");
            }
            out.append("    public void set").append(capitalized).append('(').append(type).append(' ')
                    .append(option.name()).append(") {\n");
            out.append("        this.").append(option.name()).append(" = ").append(option.name()).append(";\n");
            out.append("    }\n");
        }
        out.append("}\n");
        return out.toString();
    }

    static String converterClass(List<Option> options) {
        TreeSet<String> objectTypes = new TreeSet<>();
        for (Option option : options) {
            if ("object".equals(option.type()) && !"java.lang.String".equals(option.springType())) {
                objectTypes.add(rawType(option.javaType()));
            }
        }
        StringBuilder out = new StringBuilder(header());
        out.append("package ").append(PACKAGE).append(";\n\n");
        out.append("import java.util.LinkedHashSet;\n");
        out.append("import java.util.Set;\n\n");
        out.append("import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;\n");
        out.append("import org.springframework.context.ApplicationContext;\n");
        out.append("import org.springframework.context.annotation.Configuration;\n");
        out.append("import org.springframework.core.convert.TypeDescriptor;\n");
        out.append("import org.springframework.core.convert.converter.GenericConverter;\n");
        out.append("import org.springframework.stereotype.Component;\n\n");
        out.append("/**\n");
        out.append(" * Binds the object options of {@code ").append(PREFIX).append(".*} to beans of the application\n");
        out.append(" * context: {@code #bean:name} or {@code #name}.\n");
        out.append(" */\n");
        out.append("@Configuration(proxyBeanMethods = false)\n");
        out.append("@ConfigurationPropertiesBinding\n");
        out.append("@Component\n");
        out.append("public class SinchProvisioningComponentConverter implements GenericConverter {\n\n");
        out.append("    private final ApplicationContext applicationContext;\n\n");
        out.append("    public SinchProvisioningComponentConverter(ApplicationContext applicationContext) {\n");
        out.append("        this.applicationContext = applicationContext;\n");
        out.append("    }\n\n");
        out.append("    @Override\n");
        out.append("    public Set<ConvertiblePair> getConvertibleTypes() {\n");
        out.append("        Set<ConvertiblePair> answer = new LinkedHashSet<>();\n");
        for (String type : objectTypes) {
            out.append("        answer.add(new ConvertiblePair(String.class, ").append(type).append(".class));\n");
        }
        out.append("        return answer;\n");
        out.append("    }\n\n");
        out.append("    @Override\n");
        out.append(
                "    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {\n");
        out.append("        if (source == null) {\n");
        out.append("            return null;\n");
        out.append("        }\n");
        out.append("        String ref = source.toString();\n");
        out.append("        if (!ref.startsWith(\"#\")) {\n");
        out.append("            return null;\n");
        out.append("        }\n");
        out.append("        ref = ref.startsWith(\"#bean:\") ? ref.substring(6) : ref.substring(1);\n");
        out.append("        return switch (targetType.getName()) {\n");
        for (String type : objectTypes) {
            out.append("            case \"").append(type).append("\" -> applicationContext.getBean(ref, ").append(type)
                    .append(".class);\n");
        }
        out.append("            default -> null;\n");
        out.append("        };\n");
        out.append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    static String additionalMetadata(List<Option> options) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode properties = root.putArray("properties");
        // Inherited from ComponentConfigurationPropertiesCommon, whose javadoc the processor cannot read from a jar.
        properties.add(property(mapper, PREFIX + ".enabled",
                "Whether to enable auto configuration of the sinch-prov component. This is enabled by default."));
        properties.add(property(mapper, PREFIX + ".customizer.enabled",
                "Whether to apply the camel.component.sinch-prov.* options to the sinch-prov component (its component"
                        + " customizer). This is enabled by default."));
        ArrayNode hints = root.putArray("hints");
        for (Option option : options) {
            if (!option.enums().isEmpty()) {
                ObjectNode hint = hints.addObject();
                hint.put("name", option.propertyName());
                ArrayNode values = hint.putArray("values");
                option.enums().forEach(value -> values.addObject().put("value", value));
            }
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode property(ObjectMapper mapper, String name, String description) {
        ObjectNode property = mapper.createObjectNode();
        property.put("name", name);
        property.put("type", "java.lang.Boolean");
        property.put("sourceType", PACKAGE + ".SinchProvisioningComponentConfiguration");
        property.put("description", description);
        property.put("defaultValue", true);
        return property;
    }

    /** camelCase to the dashed form Spring documents properties with: sslContextParameters: ssl-context-parameters. */
    static String dashed(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String durationLiteral(long millis) {
        if (millis != 0 && millis % 3_600_000 == 0) {
            return "Duration.ofHours(" + millis / 3_600_000 + ")";
        }
        if (millis != 0 && millis % 60_000 == 0) {
            return "Duration.ofMinutes(" + millis / 60_000 + ")";
        }
        if (millis != 0 && millis % 1000 == 0) {
            return "Duration.ofSeconds(" + millis / 1000 + ")";
        }
        return "Duration.ofMillis(" + millis + ")";
    }

    /** The simple name; type arguments of java.lang (StateRepository<String, String>) keep theirs too. */
    private static String simpleName(String type) {
        String raw = rawType(type);
        String simple = raw.substring(raw.lastIndexOf('.') + 1);
        if (raw.equals(type)) {
            return simple;
        }
        String arguments = type.substring(raw.length() + 1, type.lastIndexOf('>'));
        List<String> simpleArguments = new ArrayList<>();
        for (String argument : arguments.split(",")) {
            String trimmed = argument.trim();
            if (!trimmed.startsWith("java.lang.") || trimmed.contains("<")) {
                throw new IllegalStateException("Type argument " + trimmed + " of " + type + " is not handled by "
                        + StarterSourcesGenerator.class.getSimpleName() + "; extend it");
            }
            simpleArguments.add(trimmed.substring("java.lang.".length()));
        }
        return simple + "<" + String.join(", ", simpleArguments) + ">";
    }

    /** The class of a type without its type arguments: what is imported, converted to, and looked up. */
    public static String rawType(String type) {
        int generic = type.indexOf('<');
        return generic < 0 ? type : type.substring(0, generic);
    }

    /** The description as javadoc lines of at most 110 characters; nothing in it may close the comment. */
    private static void javadocLines(StringBuilder out, String indent, String text) {
        String safe = text.replace("*/", "*&#47;").trim();
        StringBuilder line = new StringBuilder();
        for (String word : safe.split("\\s+")) {
            if (line.length() > 0 && indent.length() + 3 + line.length() + 1 + word.length() > 110) {
                out.append(indent).append(" * ").append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.append(indent).append(" * ").append(line).append('\n');
        }
    }
}
