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

import java.io.File;

/**
 * The state file of a status consumer ({@code FileStateRepository}) cannot be read, so the consumer does not start:
 * on state it cannot read it would report every resource as new or miss what changed. The message names the file,
 * the line and the way out (repair the line, or move the file aside for a fresh baseline).
 */
public class UnreadableStateFileException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final File file;
    private final int line;

    UnreadableStateFileException(File file, int line, String problem, Throwable cause) {
        super("The state file " + file + " of the sinch-prov status consumer cannot be read: "
                + (line > 0 ? "line " + line + " " : "") + problem + ". The consumer does not start on state it cannot"
                + " read. Either repair or delete that line (each line is <key>=<value>; a missing fingerprint line"
                + " only rebaselines that resource), or move the file aside: the consumer then starts with a fresh"
                + " baseline and does not report what changed while it was stopped. See docs/consumer.md, 'Corrupt or"
                + " lost state'.", cause);
        this.file = file;
        this.line = line;
    }

    /** The state file. */
    public File file() {
        return file;
    }

    /** The first line that cannot be read (1-based); 0 when the failure is not about one line. */
    public int line() {
        return line;
    }
}
