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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Reads and edits the {@code key=value} lines of a FileStateRepository's file, as a damaged disk or a person would. */
final class StateFileLines {

    private StateFileLines() {
    }

    static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The value stored under the first key that ends with the suffix; null when there is none. */
    static String valueOf(Path file, String keySuffix) throws IOException {
        for (String line : read(file)) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).endsWith(keySuffix)) {
                return line.substring(eq + 1);
            }
        }
        return null;
    }

    /** Replaces the value of every line whose key ends with the suffix; returns how many lines were edited. */
    static int editValues(Path file, String keySuffix, UnaryOperator<String> edit) throws IOException {
        return editLines(file, line -> {
            int eq = line.indexOf('=');
            return eq > 0 && line.substring(0, eq).endsWith(keySuffix)
                    ? line.substring(0, eq + 1) + edit.apply(line.substring(eq + 1)) : line;
        });
    }

    /** Applies the edit to every line (null drops the line) and writes the file back, each line ended by '\n'. */
    static int editLines(Path file, UnaryOperator<String> edit) throws IOException {
        List<String> edited = new ArrayList<>();
        int changed = 0;
        for (String line : read(file)) {
            String result = edit.apply(line);
            if (!line.equals(result)) {
                changed++;
            }
            if (result != null) {
                edited.add(result);
            }
        }
        StringBuilder text = new StringBuilder();
        edited.forEach(line -> text.append(line).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return changed;
    }

    static void append(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, java.nio.file.StandardOpenOption.APPEND);
    }
}
