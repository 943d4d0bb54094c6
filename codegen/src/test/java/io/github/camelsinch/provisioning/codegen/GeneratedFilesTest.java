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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output folder holds what the last run generated: a schema removed from the contract loses its class at the next
 * build, not at the next {@code mvn clean}; files the generator did not write are none of its business.
 */
class GeneratedFilesTest {

    private static final String MARKED = GenerateSources.MARKER + "\npackage p;\n";

    @TempDir
    Path out;

    @Test
    void deletesOnlyTheMarkedFilesItNoLongerGenerates() throws IOException {
        GenerateSources.write(
                Map.of("p/Kept.java", MARKED + "class Kept {}\n", "p/Gone.java", MARKED + "class Gone {}\n"),
                out);
        Path foreign = out.resolve("p/HandWritten.java");
        Files.writeString(foreign, "package p;\nclass HandWritten {}\n");
        Path notes = out.resolve("p/notes.txt");
        Files.writeString(notes, GenerateSources.MARKER + "\n");

        GenerateSources.Written second = GenerateSources.write(Map.of("p/Kept.java", MARKED + "class Kept {}\n"), out);

        assertEquals(List.of(Path.of("p/Gone.java")), second.deleted());
        assertFalse(Files.exists(out.resolve("p/Gone.java")));
        assertTrue(Files.exists(out.resolve("p/Kept.java")));
        assertTrue(Files.exists(foreign), "a file without the marker is not the generator's");
        assertTrue(Files.exists(notes), "only Java sources are generated, so only they are cleaned up");
    }

    @Test
    void leavesUnchangedFilesUntouched() throws IOException {
        Map<String, String> files = Map.of("p/A.java", MARKED + "class A {}\n");
        GenerateSources.write(files, out);
        Path a = out.resolve("p/A.java");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(a, old);

        GenerateSources.Written again = GenerateSources.write(files, out);
        assertEquals(0, again.changed());
        assertEquals(old, Files.getLastModifiedTime(a), "rewriting it would defeat incremental compilation");

        GenerateSources.Written changed =
                GenerateSources.write(Map.of("p/A.java", MARKED + "class A { int x; }\n"), out);
        assertEquals(1, changed.changed());
        assertTrue(Files.readString(a).contains("int x;"));
    }

    @Test
    void aSchemaRemovedFromTheContractLosesItsClassAtTheNextRun(@TempDir Path work) throws IOException {
        Path withExtra = work.resolve("contract.yaml");
        Files.writeString(withExtra, Files.readString(GenerateSourcesTest.CONTRACT)
                + "    Extra:\n      type: object\n      properties:\n        x: {type: string}\n");
        String operations = GenerateSourcesTest.OPERATIONS.toString();
        Path extra = out.resolve("io/github/camelsinch/provisioning/model/Extra.java");

        GenerateSources.main(new String[] {withExtra.toString(), operations, out.toString()});
        assertTrue(Files.exists(extra));

        GenerateSources.main(new String[] {GenerateSourcesTest.CONTRACT.toString(), operations, out.toString()});
        assertFalse(Files.exists(extra), "Extra.java would keep compiling until mvn clean");
        assertTrue(Files.exists(out.resolve("io/github/camelsinch/provisioning/model/Pet.java")));
    }
}
