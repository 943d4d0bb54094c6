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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * What one poll found damaged in the stored state and put right: entries it could not use (unreadable, or missing
 * where the index promised them) and what replaced them. An entry is replaced in the poll that finds it, so it is
 * reported once: one WARN per poll however many entries (a few examples and the count), every entry at DEBUG.
 */
final class StateRepairs {

    private static final Logger LOG = LoggerFactory.getLogger(StateRepairs.class);
    private static final int EXAMPLES = 3;
    private static final int MAX_KEY = 120;
    private static final int MAX_TEXT = 40;

    private final String uri;
    private final List<String> examples = new ArrayList<>();
    private int count;
    private int reports;

    /** @param uri the sanitized endpoint URI, to say which consumer it was */
    StateRepairs(String uri) {
        this.uri = uri;
    }

    /**
     * @param entries    how many entries this stands for (the damaged entries of one index)
     * @param problem    what was wrong, without the stored text
     * @param storedText the damaged text, shown bounded; null when there was none
     * @param action     what replaced it
     */
    synchronized void add(String key, int entries, String problem, String storedText, String action) {
        count += entries;
        reports++;
        String line = "'" + LogText.of(key, MAX_KEY) + "' " + LogText.of(problem, 200)
                + (storedText == null ? "" : " (stored text '" + LogText.of(storedText, MAX_TEXT) + "')")
                + ": " + action;
        if (examples.size() < EXAMPLES) {
            examples.add(line);
        }
        LOG.debug("{}: stored state entry {}", uri, line);
    }

    synchronized int count() {
        return count;
    }

    /** The one WARN of this poll, when something was repaired. */
    synchronized void report() {
        if (count == 0) {
            return;
        }
        String more = reports > examples.size()
                ? "; and " + (reports - examples.size()) + " more, each logged at DEBUG by " + LOG.getName() : "";
        LOG.warn("{}: {} stored state {} could not be used and {} replaced (see docs/consumer.md, 'Corrupt or lost"
                + " state'): {}{}", uri, count, count == 1 ? "entry" : "entries", count == 1 ? "was" : "were",
                String.join("; ", examples), more);
    }
}
