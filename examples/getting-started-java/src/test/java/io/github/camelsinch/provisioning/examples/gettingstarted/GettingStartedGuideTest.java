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
package io.github.camelsinch.provisioning.examples.gettingstarted;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps docs/getting-started.md true: every block marked {@code <!-- checked: examples/... -->} is compared with that
 * file of the example modules. A pom block must list the same dependencies in the same order and scope as the
 * module's pom (its test dependencies aside), with the versions this build uses; any other block must be the file's
 * text (a Java file without its license header and package line).
 */
class GettingStartedGuideTest {

    private static final Path ROOT = Path.of("../..");
    private static final Path GUIDE = ROOT.resolve("docs/getting-started.md");
    private static final Pattern CHECKED =
            Pattern.compile("<!-- checked: (\\S+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyCheckedBlockMatchesItsExampleFile() throws Exception {
        Map<String, String> blocks = checkedBlocks();
        assertEquals(List.of(
                "examples/getting-started-java/pom.xml",
                "examples/getting-started-java/src/main/java/io/github/camelsinch/provisioning/examples/gettingstarted/Application.java",
                "examples/getting-started-java/src/main/java/io/github/camelsinch/provisioning/examples/gettingstarted/SenderRoutes.java",
                "examples/getting-started-java/src/main/resources/application.properties",
                "examples/getting-started-yaml/pom.xml",
                "examples/getting-started-yaml/src/main/resources/camel/senders.camel.yaml"),
                List.copyOf(blocks.keySet()));
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            Path file = ROOT.resolve(block.getKey());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (file.getFileName().toString().equals("pom.xml")) {
                assertSameDependencies(block.getKey(), block.getValue(), text);
            } else if (file.toString().endsWith(".java")) {
                // The reader of the guide writes their own header and package: both are left out of the file.
                assertEquals(text.replaceFirst("^(?s:/\\*.*?\\*/\\n)?package [\\w.]+;\\n\\n", ""), block.getValue(),
                        block.getKey());
            } else {
                assertEquals(text, block.getValue(), block.getKey());
            }
        }
    }

    @Test
    void bothApplicationsReadTheSameProperties() throws IOException {
        assertEquals(Files.readString(Path.of("src/main/resources/application.properties")),
                Files.readString(
                        ROOT.resolve("examples/getting-started-yaml/src/main/resources/application.properties")));
    }

    private static void assertSameDependencies(String name, String guidePom, String modulePom) throws Exception {
        Document guide = parse(guidePom);
        List<String> guideDeps = new ArrayList<>();
        for (Element d : dependencies(guide)) {
            String artifact = text(d, "groupId") + ":" + text(d, "artifactId");
            guideDeps.add(artifact + scope(d));
            String version = text(d, "version");
            if (text(d, "groupId").equals("org.apache.camel")) {
                assertNull(version, name + ": " + artifact + " takes its version from camel-bom");
            } else {
                assertEquals(expectedVersion(artifact), version, name + ": version of " + artifact);
            }
        }
        List<String> moduleDeps = new ArrayList<>();
        for (Element d : dependencies(parse(modulePom))) {
            if (!scope(d).equals(":test")) {
                moduleDeps.add(text(d, "groupId") + ":" + text(d, "artifactId") + scope(d));
            }
        }
        assertEquals(moduleDeps, guideDeps, name + ": the guide's dependencies");
        assertTrue(guideDeps.contains("org.apache.camel:camel-bean"), name + ": simple's ${body.x} needs camel-bean");

        assertEquals(System.getProperty("camel.version"),
                text(child(guide.getDocumentElement(), "properties"), "camel.version"),
                name + ": camel.version");
        Element bom = dependencies(child(guide.getDocumentElement(), "dependencyManagement")).get(0);
        assertEquals("org.apache.camel:camel-bom:${camel.version}:import",
                text(bom, "groupId") + ":" + text(bom, "artifactId") + ":" + text(bom, "version") + ":"
                        + text(bom, "scope"));

        // The plugins at the versions this build uses (pluginManagement of the parent pom).
        Map<String, String> managed = new LinkedHashMap<>();
        Element parentBuild = child(parse(Files.readString(ROOT.resolve("pom.xml"))).getDocumentElement(), "build");
        for (Element plugin : children(child(child(parentBuild, "pluginManagement"), "plugins"), "plugin")) {
            managed.put(text(plugin, "artifactId"), text(plugin, "version"));
        }
        for (Element plugin : children(child(child(guide.getDocumentElement(), "build"), "plugins"), "plugin")) {
            assertEquals(managed.get(text(plugin, "artifactId")), text(plugin, "version"),
                    name + ": version of " + text(plugin, "artifactId"));
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String expectedVersion(String artifact) {
        return switch (artifact) {
            case "io.github.camelsinch:camel-sinch-provisioning" -> System.getProperty("project.version");
            case "org.slf4j:slf4j-simple" -> System.getProperty("slf4j.version");
            default -> throw new AssertionError("No version known for " + artifact + ": add it to this test");
        };
    }

    private static Map<String, String> checkedBlocks() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = CHECKED.matcher(guide);
        while (m.find()) {
            assertNull(blocks.put(m.group(1), m.group(2)), "checked twice: " + m.group(1));
        }
        return blocks;
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@code dependency} elements of a {@code dependencies} child of the project (or of dependencyManagement). */
    private static List<Element> dependencies(Node parent) {
        Node owner = parent instanceof Document doc ? doc.getDocumentElement() : parent;
        List<Element> out = new ArrayList<>();
        NodeList list = child((Element) owner, "dependencies").getElementsByTagName("dependency");
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">");
    }

    private static String text(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    private static String scope(Element dependency) {
        String scope = text(dependency, "scope");
        return scope == null || scope.equals("compile") ? "" : ":" + scope;
    }
}
