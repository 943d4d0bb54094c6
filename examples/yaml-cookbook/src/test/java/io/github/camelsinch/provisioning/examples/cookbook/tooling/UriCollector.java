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
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code sinch-prov:} endpoint URIs of a file. Java, Markdown and other text: a regular expression, with
 * Java string concatenations ({@code "a" + "b"}) joined first and the role read from the call around the literal.
 * YAML (route files, Kamelets, {@code yaml} blocks of Markdown): the YAML tree, so that an endpoint's
 * {@code parameters:} map is part of its URI; every regex hit of a YAML text must be one of them.
 */
final class UriCollector {

    /** The scheme, then api/operation (or {@code webhook}, or Kamelet placeholders), then a query. */
    static final Pattern URI = Pattern.compile(
            "sinch-prov:(?:[a-z][a-z0-9-]*(?:/[A-Za-z]+)?|\\{\\{[^}]+}}/\\{\\{[^}]+}})(?:\\?[^\\s\"'`)<>|\\\\]*)?");
    private static final Pattern CONSUMER_CALL = Pattern.compile("from\\(\\s*\"(?:[a-z-]+:[^\"]*:)?$");
    private static final Pattern PRODUCER_CALL = Pattern.compile(
            "(?:\\bto|\\btoD|wireTap|enrich|pollEnrich|send\\w*|request\\w*)\\(\\s*\"$");
    private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```ya?ml\\s*$(.*?)^```\\s*$");
    private static final Set<String> PRODUCER_KEYS = Set.of("to", "toD", "wireTap", "enrich", "pollEnrich");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private UriCollector() {
    }

    static List<FoundUri> collect(Path root, Path file) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file);
        String where = root.relativize(file).toString().replace('\\', '/');
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            List<FoundUri> found = fromYaml(text, where, 0);
            requireAllRegexHitsCovered(text, found, where);
            found.addAll(fromYamlComments(text, where));
            return found;
        }
        if (name.endsWith(".md")) {
            return fromMarkdown(text, where);
        }
        return fromText(text, where, 0, text.length());
    }

    /** Regex hits of {@code text} in [from, to), with their role and line. */
    static List<FoundUri> fromText(String text, String where, int from, int to) {
        List<FoundUri> found = new ArrayList<>();
        String joined = joinConcatenations(text.substring(from, to));
        Matcher m = URI.matcher(joined);
        while (m.find()) {
            String uri = trimTrailingPunctuation(m.group());
            String before = joined.substring(Math.max(0, m.start() - 80), m.start());
            FoundUri.Role role = CONSUMER_CALL.matcher(before).find() ? FoundUri.Role.CONSUMER
                    : PRODUCER_CALL.matcher(before).find() ? FoundUri.Role.PRODUCER : FoundUri.Role.ENDPOINT;
            int line = lineOf(text, from + originalOffset(text.substring(from, to), m.start()));
            found.add(new FoundUri(uri, role, where + ":" + line));
        }
        return found;
    }

    private static List<FoundUri> fromMarkdown(String text, String where) {
        List<FoundUri> found = new ArrayList<>();
        Matcher block = YAML_BLOCK.matcher(text);
        int last = 0;
        while (block.find()) {
            found.addAll(fromText(text, where, last, block.start(1)));
            String yaml = block.group(1);
            int firstLine = lineOf(text, block.start(1)) - 1;
            List<FoundUri> structured;
            try {
                structured = fromYaml(yaml, where, firstLine);
            } catch (IOException notWholeYaml) {
                structured = fromText(text, where, block.start(1), block.end(1)); // a fragment: its text
            }
            requireAllRegexHitsCovered(yaml, structured, where);
            found.addAll(structured);
            last = block.end(1);
        }
        found.addAll(fromText(text, where, last, text.length()));
        return found;
    }

    /** The URIs of every YAML document in {@code text}: {@code uri} plus {@code parameters}, or a plain value. */
    static List<FoundUri> fromYaml(String text, String where, int lineOffset) throws IOException {
        List<FoundUri> found = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(text)) {
            Iterator<JsonNode> docs = YAML.readValues(parser, JsonNode.class);
            Lines lines = new Lines(text, where, lineOffset);
            while (docs.hasNext()) {
                walk(docs.next(), "", found, lines);
            }
        }
        return found;
    }

    private static void walk(JsonNode node, String key, List<FoundUri> out, Lines lines) {
        if (node.isArray()) {
            node.forEach(element -> walk(element, key, out, lines));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode uri = node.get("uri");
        if (uri != null && uri.isTextual() && uri.asText().startsWith("sinch-prov:")) {
            StringBuilder full = new StringBuilder(uri.asText());
            JsonNode parameters = node.get("parameters");
            if (parameters != null && parameters.isObject()) {
                char sep = full.indexOf("?") < 0 ? '?' : '&';
                for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> p = it.next();
                    full.append(sep).append(p.getKey()).append('=').append(p.getValue().asText());
                    sep = '&';
                }
            }
            out.add(new FoundUri(full.toString(), roleOf(key), lines.locate(uri.asText())));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isTextual() && value.asText().startsWith("sinch-prov:") && !field.getKey().equals("uri")) {
                out.add(new FoundUri(value.asText(), roleOf(field.getKey()), lines.locate(value.asText())));
            } else {
                walk(value, field.getKey(), out, lines);
            }
        }
    }

    /** URIs in YAML comment lines: prose, checked as endpoints. */
    private static List<FoundUri> fromYamlComments(String text, String where) {
        List<FoundUri> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("#")) {
                Matcher m = URI.matcher(lines[i]);
                while (m.find()) {
                    found.add(new FoundUri(trimTrailingPunctuation(m.group()), FoundUri.Role.ENDPOINT,
                            where + ":" + (i + 1)));
                }
            }
        }
        return found;
    }

    private static FoundUri.Role roleOf(String key) {
        return key.equals("from") ? FoundUri.Role.CONSUMER
                : PRODUCER_KEYS.contains(key) ? FoundUri.Role.PRODUCER : FoundUri.Role.ENDPOINT;
    }

    /** A URI in a YAML text that the tree walk did not see would go unchecked: fail instead. */
    private static void requireAllRegexHitsCovered(String yaml, List<FoundUri> structured, String where) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        structured.forEach(f -> seen.merge(base(f.uri()), 1, Integer::sum));
        Matcher m = URI.matcher(yaml.replaceAll("(?m)^\\s*#.*$", ""));
        while (m.find()) {
            String base = base(trimTrailingPunctuation(m.group()));
            if (seen.getOrDefault(base, 0) == 0) {
                throw new IllegalStateException(where + ": " + m.group() + " is in the YAML text but not where a"
                        + " route takes an endpoint (uri:, from:, to:...); the URI check cannot see it");
            }
        }
    }

    private static String base(String uri) {
        int q = uri.indexOf('?');
        return q < 0 ? uri : uri.substring(0, q);
    }

    private static String joinConcatenations(String text) {
        return text.replaceAll("\"\\s*\\+\\s*\"", "");
    }

    /** The offset in the original text of an offset in its joined form. */
    private static int originalOffset(String original, int joinedOffset) {
        Matcher m = Pattern.compile("\"\\s*\\+\\s*\"").matcher(original);
        int shift = 0;
        while (m.find() && m.start() - shift < joinedOffset) {
            shift += m.end() - m.start();
        }
        return joinedOffset + shift;
    }

    private static String trimTrailingPunctuation(String uri) {
        String u = uri;
        while (!u.isEmpty() && ".,;:".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** {@code file:line} of values met in document order: each search starts after the previous value. */
    private static final class Lines {
        private final String text;
        private final String where;
        private final int lineOffset;
        private int cursor;

        Lines(String text, String where, int lineOffset) {
            this.text = text;
            this.where = where;
            this.lineOffset = lineOffset;
        }

        String locate(String value) {
            // Where a route takes it (uri:, to:, from:...), not a mention in a comment.
            Matcher m = Pattern.compile("[A-Za-z]+:\\s*[\"']?" + Pattern.quote(value)).matcher(text);
            int at = m.find(cursor) ? m.start() : m.find(0) ? m.start() : text.indexOf(value);
            if (at < 0) {
                return where;
            }
            cursor = at + value.length();
            return where + ":" + (lineOffset + lineOf(text, at));
        }
    }
}
