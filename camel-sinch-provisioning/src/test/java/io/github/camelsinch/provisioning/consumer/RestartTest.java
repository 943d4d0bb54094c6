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

import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With a FileStateRepository, a restarted route emits exactly what changed while it was down, nothing twice. */
class RestartTest extends StatusConsumerTestSupport {

    private static final String URI = "sinch-prov:whatsapp-senders/list?startScheduler=false"
            + "&stateRepository=#senderState";

    @TempDir
    Path dir;

    @Test
    void theFirstPollAfterARestartEmitsExactlyTheChangesMadeWhileDown() throws Exception {
        FakeListing senders = FakeListing.serve(server, SENDERS_PATH, "senders")
                .put("A", sender("A", "IN_PROGRESS", "t1"))
                .put("B", sender("B", "IN_PROGRESS", "t1"))
                .put("C", sender("C", "ACTIVE", "t1"))
                .put("E", sender("E", "IN_PROGRESS", "t1"));
        Path store = dir.resolve("sinch-state.dat");

        EventLog before = new EventLog();
        CamelContext first = startContext(Map.of("senderState", FileStateRepository.fileStateRepository(
                store.toFile())), URI, before);
        consumerOf(first).poll(); // baseline
        senders.put("A", sender("A", "ACTIVE", "t2")).put("E", sender("E", "ACTIVE", "t2"));
        before.failOnceFor("E"); // E's change is not delivered before the stop
        consumerOf(first).poll();
        assertEquals(List.of("A", "E"), before.all().stream().map(EventLog.Event::resourceId).toList());
        String failedKey = before.all().get(1).dedupKey();
        first.stop();

        // While down: B changes, C goes away, D appears; A does not change again.
        senders.put("B", sender("B", "ACTIVE", "t3")).remove("C").put("D", sender("D", "IN_PROGRESS", "t3"));

        EventLog after = new EventLog();
        CamelContext second = startContext(Map.of("senderState", FileStateRepository.fileStateRepository(
                store.toFile())), URI, after);
        try {
            consumerOf(second).poll();
            List<EventLog.Event> events = after.drain();
            assertEquals(List.of("CHANGED B IN_PROGRESS->ACTIVE", "CHANGED E IN_PROGRESS->ACTIVE",
                    "ADDED D null->IN_PROGRESS", "REMOVED C ACTIVE->null"),
                    events.stream().map(e -> e.type() + " " + e.resourceId() + " " + e.previous() + "->" + e.next())
                            .toList());
            assertEquals(failedKey, events.get(1).dedupKey(), "E's undelivered change, same key as before");

            consumerOf(second).poll();
            assertTrue(after.drain().isEmpty(), "nothing twice");
        } finally {
            second.stop();
        }
    }
}
