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
package io.github.camelsinch.provisioning.consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check of a state file before Camel loads it: what is repaired, what fails the start, what is left alone. */
class StateFileCheckTest {

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws Exception {
        Path file = dir.resolve("state.dat");
        Files.write(file, bytes);
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<String> check(Path file) throws Exception {
        return StateFileCheck.prepare(file.toFile(), StandardCharsets.UTF_8);
    }

    @Test
    void aMissingFileIsCamelsToCreate() throws Exception {
        Path file = dir.resolve("absent.dat");
        assertEquals(Optional.empty(), check(file));
        assertFalse(Files.exists(file));
    }

    @Test
    void aSoundFileIsLeftAsItIs() throws Exception {
        byte[] sound = utf8("k1=2|ACTIVE,|t1||0\nk2=\n=odd but loadable\n");
        Path file = file(sound);
        assertEquals(Optional.empty(), check(file));
        assertArrayEquals(sound, Files.readAllBytes(file));
    }

    @Test
    void anUnfinishedLastLineIsDropped() throws Exception {
        Path file = file(utf8("k1=v1\nk2=v2\nsinch-prov:ab\u0007cd:r:S"));
        String warning = check(file).orElseThrow();
        assertArrayEquals(utf8("k1=v1\nk2=v2\n"), Files.readAllBytes(file));
        assertTrue(warning.contains("line 3"), warning);
        assertTrue(warning.contains(file.toString()), warning);
        assertTrue(warning.contains("sinch-prov:ab\\u0007cd:r:S"), "neutralised: " + warning);
    }

    @Test
    void anUnfinishedLastLineWithItsValueIsDroppedToo() throws Exception {
        // Camel writes the line end last: a value without it may be cut anywhere, even inside a character.
        byte[] start = utf8("k1=v1\nk2=2|ACTIVE,|t\u00e9");
        byte[] cut = java.util.Arrays.copyOf(start, start.length - 1);
        Path file = file(cut);
        assertTrue(check(file).isPresent());
        assertArrayEquals(utf8("k1=v1\n"), Files.readAllBytes(file));
    }

    @Test
    void aFileOfOneUnfinishedLineBecomesEmpty() throws Exception {
        Path file = file(utf8("sinch-prov:ab"));
        assertTrue(check(file).isPresent());
        assertEquals(0, Files.size(file));
    }

    @Test
    void bytesThatAreNotTextFailNamingTheLineAndLeaveTheFile() throws Exception {
        byte[] damaged = {'k', '=', 'v', '\n', 'k', '2', '=', (byte) 0xC3, 0x28, '\n', 'k', '3', '=', 'v', '\n'};
        Path file = file(damaged);
        UnreadableStateFileException e = assertThrows(UnreadableStateFileException.class, () -> check(file));
        assertEquals(2, e.line());
        assertEquals(file.toFile(), e.file());
        assertTrue(e.getMessage().contains("line 2 holds bytes that are not UTF-8 text"), e.getMessage());
        assertTrue(e.getMessage().contains("move the file aside"), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(file));
    }

    @Test
    void aLineWithoutSeparatorFailsEvenBeforeAnUnfinishedLastLine() throws Exception {
        byte[] damaged = utf8("k=v\nno separator\u0001here\nk3=v3\nunfinis");
        Path file = file(damaged);
        UnreadableStateFileException e = assertThrows(UnreadableStateFileException.class, () -> check(file));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("has no '=' between key and value (it begins 'no separator\\u0001here')"),
                e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(file), "nothing repaired when the start fails anyway");
    }

    @Test
    void anEmptyLineFails() throws Exception {
        Path file = file(utf8("k=v\n\nk2=v\n"));
        UnreadableStateFileException e = assertThrows(UnreadableStateFileException.class, () -> check(file));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void aLongDamagedLineIsShownBounded() throws Exception {
        Path file = file(utf8("k=v\n" + "x".repeat(100_000) + "\n"));
        UnreadableStateFileException e = assertThrows(UnreadableStateFileException.class, () -> check(file));
        assertTrue(e.getMessage().length() < 1000, e.getMessage());
    }
}
