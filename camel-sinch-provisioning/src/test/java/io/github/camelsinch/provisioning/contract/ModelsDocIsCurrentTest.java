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

import io.github.camelsinch.provisioning.codegen.ModelsDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs/models.md} is rendered from the contract; this test fails when the committed file no longer matches
 * (with {@code -Dsinch.updateDocs=true} it rewrites it), and checks what the page says against the compiled models:
 * every getter it names exists with the type it shows, and every link in it and in the reference's operation table
 * leads to a section.
 */
class ModelsDocIsCurrentTest {

    private static final Path MODELS = Path.of("../docs/models.md");
    private static final Path REFERENCE = Path.of("../docs/reference.md");
    private static final String MODEL_PACKAGE = "io.github.camelsinch.provisioning.model.";
    private static final Pattern ROW =
            Pattern.compile("^\\| `([^`]+)` \\| `(get\\w+)\\(\\)` \\| (.+?) \\| (yes|no) \\|");
    private static final Pattern VALUE_COUNT = Pattern.compile("^(\\d+) values? ");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#]*)#([^)]*)\\)");

    private static String rendered;
    private static Map<String, List<String>> sections;

    @BeforeAll
    static void render() throws IOException {
        rendered = ModelsDoc.renderBundled();
        sections = sections(rendered);
    }

    @Test
    void committedModelsPageMatchesTheContract() throws IOException {
        if (Boolean.getBoolean("sinch.updateDocs")) {
            Files.writeString(MODELS, rendered, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(MODELS) ? Files.readString(MODELS, StandardCharsets.UTF_8) : "";
        assertEquals(rendered, committed, "docs/models.md is stale: run "
                + "mvn -B -pl camel-sinch-provisioning -am verify -Dsinch.updateDocs=true and commit it");
    }

    @Test
    void everyGetterOnThePageExistsWithTheTypeShown() throws Exception {
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> section : sections.entrySet()) {
            for (String line : section.getValue()) {
                Matcher row = ROW.matcher(line);
                if (!row.find()) {
                    continue;
                }
                Class<?> type = modelClass(section.getKey());
                Method getter = type.getMethod(row.group(2));
                String shown = row.group(3).replaceAll("\\[`([^`]+)`\\]\\([^)]*\\)", "$1")
                        .replace("&lt;", "<").replace("&gt;", ">");
                String actual = getter.getGenericReturnType().getTypeName()
                        .replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace('$', '.');
                if (!shown.equals(actual)) {
                    wrong.add(section.getKey() + "." + row.group(2) + "(): page says " + shown + ", class returns "
                            + actual);
                }
                checked++;
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(checked > 1000, "expected the field tables of all models, found " + checked + " rows");
        // A field that is a Java keyword or clashes with the base class gets a suffixed member, not a suffixed getter.
        assertTrue(sections.get("WhatsappSenderDto").stream()
                .anyMatch(l -> l.startsWith("| `id` | `getId()` | String | yes |")));
    }

    @Test
    void everyEnumSectionListsTheValuesTheClassKnows() throws Exception {
        int checked = 0;
        for (Map.Entry<String, List<String>> section : sections.entrySet()) {
            if (!section.getValue().stream().anyMatch(l -> l.startsWith("Open enum"))) {
                continue;
            }
            Class<?> type = modelClass(section.getKey());
            int known = ((Collection<?>) type.getMethod("knownValues").invoke(null)).size();
            int shown = section.getValue().stream().map(VALUE_COUNT::matcher).filter(Matcher::find)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).findFirst().orElse(-1);
            assertEquals(known, shown, section.getKey());
            checked++;
        }
        assertTrue(checked > 100, "expected every open enum, found " + checked);
    }

    @Test
    void everyLinkLeadsToASectionAndEveryOperationModelIsLinked() throws IOException {
        Set<String> anchors = new HashSet<>();
        sections.keySet().forEach(name -> anchors.add(ModelsDoc.anchor(name)));
        assertLinksResolve(rendered, "", anchors);

        String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        int linked = assertLinksResolve(reference, ModelsDoc.FILE, anchors);
        assertTrue(linked > 85, "expected the operations' bodies and responses linked, found " + linked + " links");
        List<String> unlinked = new ArrayList<>();
        for (String line : reference.split("\n")) {
            if (!line.startsWith("| `sinch-prov:")) {
                continue;
            }
            if (line.contains("/apply` |")) {
                // The component's own operations have a table of their own: the declaration model is the last cell.
                if (!line.matches(".*\\| \\[`\\w+`\\]\\(models\\.md#\\w+\\)[^|]* \\|$")) {
                    unlinked.add(line);
                }
                continue;
            }
            String[] cells = line.split(" \\| ");
            String body = cells[3];
            String response = cells[4];
            // A body or response named in backticks without a link would be a model the reader cannot look up.
            if (body.matches(".*(^|[^\\[])`\\w+`.*") || response.matches(".*(^|[^\\[])`\\w+`.*")) {
                unlinked.add(line);
            }
        }
        assertTrue(unlinked.isEmpty(), "operation rows with an unlinked model:\n" + String.join("\n", unlinked));
        assertTrue(reference.contains("| 200 [`WhatsappSenderDto`](models.md#whatsappsenderdto) |"), "get sender row");
    }

    private static int assertLinksResolve(String markdown, String file, Set<String> anchors) {
        int count = 0;
        List<String> dangling = new ArrayList<>();
        Matcher m = LINK.matcher(markdown);
        while (m.find()) {
            if (!m.group(1).equals(file)) {
                continue;
            }
            count++;
            if (!anchors.contains(m.group(2))) {
                dangling.add(m.group());
            }
        }
        assertTrue(dangling.isEmpty(), "links to no section: " + dangling);
        return count;
    }

    private static Class<?> modelClass(String section) throws ClassNotFoundException {
        String[] parts = section.split("\\.");
        return Class.forName(MODEL_PACKAGE + String.join("$", parts));
    }

    /** Heading (a Java type name, or a contract name without a class) to the lines under it. */
    private static Map<String, List<String>> sections(String markdown) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                out.put(line.substring(3), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return out;
    }
}
