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

import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code sinch-prov:} URI of the repository's documentation (every {@code *.md}), of the examples (Java, YAML,
 * properties, XML under {@code examples/}) and of the Kamelets' templates passes Camel's catalog validation and is
 * accepted by the component itself. A misspelled option in a doc or an example fails this test.
 */
class EndpointUrisTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    static final Path ROOT = RepositoryRoot.find();

    /** The generic form of the URI, written to explain the syntax; not an endpoint. */
    static final Set<String> SYNTAX_ILLUSTRATIONS = Set.of("sinch-prov:api/operation");

    /** URIs that a doc shows failing on purpose, with the message the doc promises. */
    static final Map<String, String> DOCUMENTED_FAILURES = Map.of(
            // README.md
            "sinch-prov:webhooks/list?pageSize=50",
            "Invalid value '50' for parameter pageSize of webhooks/list: expected a number from 1 to 15",
            // docs/tooling.md: what the catalog finds, and what only the component finds
            "sinch-prov:whatsapp-senders/list?fetchAllPage=true", "catalog: sinch-prov fetchAllPage Unknown option",
            "sinch-prov:webhooks/list?filterStates=ACTIVE", "component: IllegalArgumentException: Option(s)"
                    + " [filterStates] are not parameters of webhooks/list. Its API parameter options are: pageSize,"
                    + " pageToken, projectId");

    /**
     * Findings of this check reported to the owners of the file and not fixed yet, by {@link FoundUri#toString()}:
     * tolerated here so the build stays green, and failing the test once they pass (then delete the entry).
     */
    static final Map<String, String> REPORTED_FINDINGS = Map.of();

    /** Properties each Kamelet is instantiated with: every watchable operation for the source, a few for the sink. */
    static final Map<String, List<Map<String, String>>> KAMELET_SAMPLES = Map.of(
            "sinch-prov-status-source", Stream.of(
                    Map.of("api", "whatsapp-senders", "operation", "list", "filterStates", "ACTIVE,ERROR"),
                    Map.of("api", "whatsapp-templates", "operation", "list", "watchFields", "qualityScore",
                            "initialEmit", "true"),
                    Map.of("api", "whatsapp-accounts", "operation", "get"),
                    Map.of("api", "rcs-senders", "operation", "list"),
                    Map.of("api", "kakaotalk-senders", "operation", "list"),
                    Map.of("api", "kakaotalk-templates", "operation", "list", "plusFriendId", "@sample"),
                    Map.of("api", "bundles", "operation", "list", "filterStates", "IN_PROGRESS"),
                    Map.of("api", "conversation", "operation", "getInstagram", "conversationAppId", "01HAPP1,01HAPP2"),
                    Map.of("api", "conversation", "operation", "getMessenger", "conversationAppId", "01HAPP1"),
                    Map.of("api", "conversation", "operation", "getTelegram", "conversationAppId", "01HAPP1"),
                    Map.of("api", "conversation", "operation", "getViber", "conversationAppId", "01HAPP1"))
                    .map(EndpointUrisTest::withCredentials).toList(),
            "sinch-prov-action-sink", Stream.of(
                    Map.of("api", "whatsapp-templates", "operation", "create"),
                    Map.of("api", "whatsapp-senders", "operation", "list", "fetchAllPages", "true"),
                    Map.of("api", "webhooks", "operation", "delete", "rawJson", "true"))
                    .map(EndpointUrisTest::withCredentials).toList());

    private static UriCheck check;

    @BeforeAll
    static void startCheck() {
        check = new UriCheck(SIM.baseUrl(), SIM.tokenUrl(), SIM.keyId(), SIM.keySecret());
    }

    @AfterAll
    static void stopCheck() {
        check.close();
    }

    @Test
    void everyUriOfTheDocsTheExamplesAndTheKameletsPassesTheCatalogAndTheComponent() throws IOException {
        List<FoundUri> found = collectAll();
        Map<String, String> problems = new TreeMap<>();
        int checked = 0;
        for (FoundUri uri : found) {
            if (SYNTAX_ILLUSTRATIONS.contains(uri.uri()) || DOCUMENTED_FAILURES.containsKey(uri.uri())) {
                continue;
            }
            checked++;
            String problem = check.problem(uri);
            String reported = REPORTED_FINDINGS.get(uri.toString());
            if (reported != null) {
                if (problem == null || !problem.contains(reported)) {
                    problems.put(uri.toString(), "listed in REPORTED_FINDINGS but now " + (problem == null
                            ? "passes: delete the entry" : "fails differently: " + problem));
                }
            } else if (problem != null) {
                problems.put(uri.toString(), problem);
            }
        }
        assertEquals("", problems.entrySet().stream().map(e -> e.getKey() + "\n    " + e.getValue())
                .collect(Collectors.joining("\n")), problems.size() + " of " + checked + " URIs fail");

        // The collection itself works: each kind of source yields its URIs.
        Map<String, Long> perFile = found.stream().collect(Collectors.groupingBy(
                f -> f.location().replaceAll("[: ].*", ""), TreeMap::new, Collectors.counting()));
        for (String file : List.of("README.md", "docs/consumer.md", "docs/reference.md",
                "examples/quickstart/src/main/resources/routes/quickstart.camel.yaml",
                "examples/quickstart/src/main/java/io/github/camelsinch/provisioning/examples/quickstart/ProvisioningRoutes.java",
                "examples/yaml-cookbook/src/main/resources/routes/channel-alerts.camel.yaml",
                "examples/yaml-cookbook/src/main/resources/routes/sync-webhooks.camel.yaml",
                "camel-sinch-provisioning/src/main/resources/kamelets/sinch-prov-status-source.kamelet.yaml",
                "camel-sinch-provisioning/src/main/resources/kamelets/sinch-prov-action-sink.kamelet.yaml")) {
            assertTrue(perFile.getOrDefault(file, 0L) > 0, "no sinch-prov: URI found in " + file + ": " + perFile);
        }
        assertTrue(perFile.get("docs/reference.md") >= 85, "the 85 operations of the reference: " + perFile);
        assertTrue(found.stream().anyMatch(f -> f.role() == FoundUri.Role.CONSUMER
                && f.uri().equals("sinch-prov:conversation/getInstagram?conversationAppId={{alerts.conversationApps}}"
                        + "&delay={{alerts.pollDelay}}")),
                "YAML parameters are part of the URI");
    }

    @Test
    void theUrisThatTheDocsShowFailingFailWithTheDocumentedMessage() throws IOException {
        List<FoundUri> found = collectAll();
        for (Map.Entry<String, String> failure : DOCUMENTED_FAILURES.entrySet()) {
            FoundUri uri = found.stream().filter(f -> f.uri().equals(failure.getKey())).findFirst().orElse(null);
            assertNotNull(uri, failure.getKey() + " is no longer in the docs: remove it from DOCUMENTED_FAILURES");
            String problem = check.problem(uri);
            assertNotNull(problem, failure.getKey() + " is documented to fail but passes");
            assertTrue(problem.contains(failure.getValue()), problem);
        }
    }

    @Test
    void aMisspelledOrMisplacedOptionInADocOrAnExampleIsReported(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("doc.md");
        Files.writeString(doc, String.join("\n",
                "```java",
                "from(\"sinch-prov:whatsapp-senders/list?delai=5000\")", // misspelled option
                "    .to(\"sinch-prov:whatsapp-senders/list?fetchAllPage=true\")", // misspelled option
                "    .to(\"sinch-prov:webhooks/list?filterStates=ACTIVE\")", // an option of other operations
                "    .to(\"sinch-prov:whatsapp-templates/lists\");", // no such operation
                "```",
                "```yaml",
                "- from:",
                "    uri: sinch-prov:whatsapp-templates/list",
                "    parameters:",
                "      initialEmitt: true",
                "    steps:",
                "      - to: sinch-prov:bundles/create?fetchAllPages=yes",
                "```",
                "```java",
                "from(\"sinch-prov:webhooks/create\")", // not a watchable operation
                "from(\"sinch-prov:whatsapp-senders/list?fetchAllPages=true\")", // a producer option
                "```"));
        List<FoundUri> found = UriCollector.collect(dir, doc);
        assertEquals(8, found.size(), found.toString());
        Map<String, String> problems = check.problems(found);
        assertEquals(8, problems.size(), problems.toString());
        assertTrue(problems.get("doc.md:2 consumer sinch-prov:whatsapp-senders/list?delai=5000")
                .startsWith("catalog: "), problems.toString());
        assertTrue(problems.get("doc.md:2 consumer sinch-prov:whatsapp-senders/list?delai=5000")
                .contains("delai"), problems.toString());
        assertTrue(problems.get("doc.md:3 producer sinch-prov:whatsapp-senders/list?fetchAllPage=true")
                .contains("fetchAllPage"), problems.toString());
        // The catalog knows filterStates (an option of the component); only the component knows whose it is.
        assertTrue(problems.get("doc.md:4 producer sinch-prov:webhooks/list?filterStates=ACTIVE")
                .startsWith("component: "), problems.toString());
        assertTrue(problems.get("doc.md:4 producer sinch-prov:webhooks/list?filterStates=ACTIVE")
                .contains("not parameters of webhooks/list"), problems.toString());
        assertTrue(problems.get("doc.md:5 producer sinch-prov:whatsapp-templates/lists").contains("lists"),
                problems.toString());
        assertTrue(problems.get("doc.md:9 consumer sinch-prov:whatsapp-templates/list?initialEmitt=true")
                .contains("initialEmitt"), problems.toString());
        assertTrue(problems.get("doc.md:13 producer sinch-prov:bundles/create?fetchAllPages=yes")
                .contains("yes"), problems.toString());
        assertTrue(problems.get("doc.md:16 consumer sinch-prov:webhooks/create").startsWith("component: "),
                problems.toString());
        assertTrue(problems.get("doc.md:17 consumer sinch-prov:whatsapp-senders/list?fetchAllPages=true")
                .startsWith("catalog: "), problems.toString());
        assertNull(check.problem(new FoundUri("sinch-prov:whatsapp-senders/list?delay=5000",
                FoundUri.Role.CONSUMER, "sample")), "the corrected URI passes");
    }

    /** Every URI of the docs, the examples and the Kamelets (instantiated with the samples). */
    static List<FoundUri> collectAll() throws IOException {
        List<FoundUri> found = new ArrayList<>();
        for (Path file : documentationAndExamples()) {
            found.addAll(UriCollector.collect(ROOT, file));
        }
        Path kamelets = ROOT.resolve("camel-sinch-provisioning/src/main/resources/kamelets");
        try (Stream<Path> files = Files.list(kamelets)) {
            for (Path kamelet : files.filter(f -> f.toString().endsWith(".kamelet.yaml")).sorted().toList()) {
                String name = kamelet.getFileName().toString().replace(".kamelet.yaml", "");
                List<Map<String, String>> samples = KAMELET_SAMPLES.get(name);
                assertNotNull(samples, "no sample properties for the Kamelet " + name);
                for (Map<String, String> properties : samples) {
                    found.addAll(KameletTemplates.instantiate(ROOT, kamelet, properties));
                }
            }
        }
        return found;
    }

    /** Every Markdown file, and the sources and resources of the examples (build output and this package aside). */
    static List<Path> documentationAndExamples() throws IOException {
        Path self = ROOT.resolve("examples/yaml-cookbook/src/test/java/io/github/camelsinch/provisioning/examples"
                + "/cookbook/tooling"); // its deliberately broken URIs are test data
        Set<String> exampleTypes = Set.of("java", "kt", "groovy", "yaml", "yml", "xml", "properties", "md");
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !isBuildOutput(ROOT.relativize(f)))
                    .filter(f -> !f.startsWith(self))
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        String ext = name.substring(name.lastIndexOf('.') + 1);
                        return ext.equals("md")
                                || (f.startsWith(ROOT.resolve("examples")) && exampleTypes.contains(ext));
                    })
                    .sorted().toList();
        }
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path part : relative) {
            String p = part.toString();
            if (p.equals("target") || p.equals("node_modules") || p.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> withCredentials(Map<String, String> properties) {
        Map<String, String> all = new TreeMap<>(properties);
        all.put("projectId", "sample-project");
        all.put("keyId", "sample-key-id");
        all.put("keySecret", "sample-key-secret");
        all.put("baseUrl", "http://127.0.0.1:8099");
        all.put("authUrl", "http://127.0.0.1:8099/oauth2/token");
        return all;
    }
}
