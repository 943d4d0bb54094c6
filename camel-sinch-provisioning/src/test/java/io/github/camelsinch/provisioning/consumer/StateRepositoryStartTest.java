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

import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting a FileStateRepository: checked first, and never started again after Camel failed to load it. */
class StateRepositoryStartTest {

    @TempDir
    Path dir;

    @Test
    void aSoundFileIsLoaded() throws Exception {
        Path file = dir.resolve("state.dat");
        Files.writeString(file, "k=v\n");
        FileStateRepository repository = FileStateRepository.fileStateRepository(file.toFile());
        StateRepositoryStart.start(repository);
        try {
            assertEquals("v", repository.getState("k"));
            StateRepositoryStart.start(repository); // a second consumer sharing it: loaded once
            assertEquals("v", repository.getState("k"));
        } finally {
            repository.stop();
        }
    }

    @Test
    void aDamagedFileIsNotHandedToCamelSoItCanBeRepairedAndStartedAgain() throws Exception {
        Path file = dir.resolve("state.dat");
        Files.writeString(file, "k=v\nbroken\n");
        FileStateRepository repository = FileStateRepository.fileStateRepository(file.toFile());
        assertThrows(UnreadableStateFileException.class, () -> StateRepositoryStart.start(repository));

        Files.writeString(file, "k=v\n"); // the operator removed the line
        StateRepositoryStart.start(repository);
        try {
            assertEquals("v", repository.getState("k"), "loaded after the repair, not half-loaded before it");
        } finally {
            repository.stop();
        }
    }

    @Test
    void aRepositoryCamelFailedToLoadIsNeverStartedAgain() throws Exception {
        Path notAFile = Files.createDirectory(dir.resolve("state.dat")); // Camel cannot read a directory
        FileStateRepository repository = FileStateRepository.fileStateRepository(notAFile.toFile());
        UnreadableStateFileException first = assertThrows(UnreadableStateFileException.class,
                () -> StateRepositoryStart.start(repository));
        assertEquals(0, first.line());
        assertTrue(first.getMessage().contains(notAFile.toString()), first.getMessage());
        assertTrue(first.getMessage().contains("could not be loaded by Camel"), first.getMessage());

        UnreadableStateFileException again = assertThrows(UnreadableStateFileException.class,
                () -> StateRepositoryStart.start(repository));
        assertTrue(again.getMessage().contains("restart the application"), again.getMessage());
        assertFalse(repository.isStarted(), "a half-loaded repository would write its part back over the file");
    }
}
