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
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Starts the consumer's state repository. A {@link FileStateRepository} gets its file checked first
 * ({@link StateFileCheck}), so damage fails the start with the file, the line and the way out instead of Camel's
 * bare {@code StringIndexOutOfBoundsException}.
 */
final class StateRepositoryStart {

    private static final Logger LOG = LoggerFactory.getLogger(StateRepositoryStart.class);

    /**
     * File repositories whose load failed. Camel marks a FileStateRepository loaded before it reads the file, so a
     * second start (a route controller retrying the route) would succeed with the part read so far, and its stop
     * would write that part back over the whole file. Such an instance is never started again.
     */
    private static final Set<FileStateRepository> FAILED_LOADS =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private StateRepositoryStart() {
    }

    static void start(StateRepository<String, String> repository) {
        if (!(repository instanceof FileStateRepository file) || file.getFileStore() == null) {
            ServiceHelper.startService(repository);
            return;
        }
        synchronized (file) {
            if (file.isStarted() || file.isStarting()) {
                return; // loaded already: by another consumer sharing it, or by the context
            }
            if (FAILED_LOADS.contains(file)) {
                throw new UnreadableStateFileException(file.getFileStore(), 0, "could not be loaded earlier, and"
                        + " this FileStateRepository holds only part of it now; restart the application after the"
                        + " repair", null);
            }
            try {
                StateFileCheck.prepare(file.getFileStore(), Charset.defaultCharset()).ifPresent(LOG::warn);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the state file " + file.getFileStore(), e);
            }
            try {
                file.start();
            } catch (RuntimeException e) {
                FAILED_LOADS.add(file);
                throw new UnreadableStateFileException(file.getFileStore(), 0, "could not be loaded by Camel ("
                        + LogText.of(String.valueOf(e.getCause() != null ? e.getCause() : e), 200) + ")", e);
            }
        }
    }
}
