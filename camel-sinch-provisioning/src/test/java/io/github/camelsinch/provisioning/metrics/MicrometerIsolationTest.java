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
package io.github.camelsinch.provisioning.metrics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Micrometer is an optional dependency: the component must load and run without it. So no compiled class may refer
 * to a Micrometer type except the few of the metrics package that are only loaded once Micrometer was found
 * ({@link SinchMeters#of} checks first). Read from the class files' constant pools, where every referenced type is.
 */
class MicrometerIsolationTest {

    private static final Path CLASSES = Path.of("target/classes/io/github/camelsinch/provisioning");
    private static final Set<String> MAY_REFER = Set.of("MicrometerMeters", "MeterGroup", "CallTimers",
            "MeterRegistryLookup");

    @Test
    void onlyTheMicrometerBindingClassesReferToMicrometer() throws IOException {
        List<String> referring;
        try (Stream<Path> files = Files.walk(CLASSES)) {
            referring = files.filter(f -> f.toString().endsWith(".class")).filter(MicrometerIsolationTest::refers)
                    .map(f -> CLASSES.relativize(f).toString()).sorted().toList();
        }
        List<String> unexpected = referring.stream()
                .filter(f -> !f.startsWith("metrics/") || !MAY_REFER.contains(outerName(f))).toList();
        assertEquals(List.of(), unexpected, "classes outside the Micrometer binding that refer to Micrometer");
        assertTrue(referring.stream().anyMatch(f -> f.equals("metrics/MicrometerMeters.class")),
                "the scan reads the class files: " + referring);
    }

    private static boolean refers(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("io/micrometer/");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "metrics/CallTimers$Key.class" -> "CallTimers". */
    private static String outerName(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1, relative.length() - ".class".length());
        int inner = name.indexOf('$');
        return inner < 0 ? name : name.substring(0, inner);
    }
}
