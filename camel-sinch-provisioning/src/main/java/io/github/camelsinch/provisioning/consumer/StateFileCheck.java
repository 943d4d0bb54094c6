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

import io.github.camelsinch.provisioning.client.LogText;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Reads a {@code FileStateRepository}'s file before Camel loads it. Camel's loader stops at the first line without
 * '=' ({@code StringIndexOutOfBoundsException}) or with bytes that are not text in the platform charset
 * ({@code MalformedInputException}), naming neither file nor line.
 * <p>
 * One damage is repaired: a last line without its line end. Camel writes every entry as {@code key=value\n}, so
 * such a line is a write that did not finish (a crash, a full disk); dropping it leaves the state as if the write had
 * not been made, which the consumer already survives (the change is emitted again, with the same dedup key). Any
 * other damage is reported as {@link UnreadableStateFileException}; the file is then left as it is.
 */
final class StateFileCheck {

    private static final int PREVIEW = 40;

    private StateFileCheck() {
    }

    /**
     * Checks the file and drops an unfinished last line.
     *
     * @param charset the charset Camel reads the file with (the platform's)
     * @return what was dropped, for a WARN; empty when the file was fine or does not exist yet
     * @throws UnreadableStateFileException naming the first line Camel could not load
     */
    static Optional<String> prepare(File file, Charset charset) throws IOException {
        Path path = file.toPath();
        if (!Files.isRegularFile(path)) {
            return Optional.empty(); // Camel creates it
        }
        byte[] bytes = Files.readAllBytes(path);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 0;
        int start = 0;
        while (start < bytes.length) {
            line++;
            int end = indexOfNewline(bytes, start);
            if (end < 0) {
                return Optional.of(dropUnfinishedLine(path, bytes, start, line, charset));
            }
            String text;
            try {
                text = decoder.reset().decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new UnreadableStateFileException(file, line, "holds bytes that are not " + charset.name()
                        + " text (byte offset " + start + " to " + end + ")", null);
            }
            if (text.indexOf('=') < 0) {
                throw new UnreadableStateFileException(file, line, text.isEmpty() ? "is empty (no '=')"
                        : "has no '=' between key and value (it begins '" + LogText.of(text, PREVIEW) + "')",
                        null);
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static String dropUnfinishedLine(Path path, byte[] bytes, int start, int line,
                                             Charset charset) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.truncate(start);
        }
        String dropped = new String(bytes, start, bytes.length - start, charset); // lenient: only shown
        return "State file " + path + ": its last line (line " + line + ", " + (bytes.length - start) + " bytes, '"
                + LogText.of(dropped, PREVIEW) + "') had no line end, a write cut short (most likely by a crash"
                + " while writing); dropped it. A state write that did not finish counts as not made: its change is"
                + " emitted again, or its entry repaired, by the next poll. See docs/consumer.md, 'Corrupt or lost"
                + " state'.";
    }

    private static int indexOfNewline(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
