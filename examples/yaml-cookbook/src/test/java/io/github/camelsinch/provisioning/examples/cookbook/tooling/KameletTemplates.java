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
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code sinch-prov:} URIs of a Kamelet's template as Camel builds them for given Kamelet properties:
 * {@code {{name}}} is the property or its default, {@code {{?name}}} is the property or leaves the option out.
 */
final class KameletTemplates {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\?)?([^}]+)}}");

    private KameletTemplates() {
    }

    static JsonNode read(Path kamelet) throws IOException {
        return YAML.readTree(Files.readString(kamelet));
    }

    /** The template's URIs with {@code properties} applied; throws when a required property has no value. */
    static List<FoundUri> instantiate(Path root, Path kamelet, Map<String, String> properties) throws IOException {
        JsonNode definition = read(kamelet).path("spec").path("definition");
        String where = root.relativize(kamelet).toString().replace('\\', '/') + " " + properties;
        List<FoundUri> raw = UriCollector.fromYaml(Files.readString(kamelet), where, 0);
        List<FoundUri> result = new ArrayList<>();
        for (FoundUri found : raw) {
            result.add(new FoundUri(apply(found.uri(), definition, properties), found.role(), found.location()));
        }
        return result;
    }

    private static String apply(String uri, JsonNode definition, Map<String, String> properties) {
        int q = uri.indexOf('?');
        String path = substitute(q < 0 ? uri : uri.substring(0, q), definition, properties);
        if (path == null) {
            throw new IllegalArgumentException("an optional placeholder in the path of " + uri);
        }
        if (q < 0) {
            return path;
        }
        List<String> options = new ArrayList<>();
        for (String pair : uri.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String value = substitute(pair.substring(eq + 1), definition, properties);
            if (value != null) {
                options.add(pair.substring(0, eq) + "=" + value);
            }
        }
        return options.isEmpty() ? path : path + "?" + String.join("&", options);
    }

    /** The text with its placeholders resolved; null when an optional one has no value (the option is left out). */
    private static String substitute(String text, JsonNode definition, Map<String, String> properties) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean optional = m.group(1) != null;
            String name = m.group(2);
            String value = properties.get(name);
            if (value == null && definition.path("properties").path(name).has("default")) {
                value = definition.path("properties").path(name).path("default").asText();
            }
            if (value == null && optional) {
                return null;
            }
            if (value == null) {
                throw new IllegalArgumentException("Kamelet property " + name + " has no value and no default");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
