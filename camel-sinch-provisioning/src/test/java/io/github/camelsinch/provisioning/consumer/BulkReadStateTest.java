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

import io.github.camelsinch.provisioning.state.BulkReadStateRepository;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With a {@link BulkReadStateRepository} a poll reads its scope once and serves every read from that snapshot,
 * writing through to both; what is stored stays exactly what key-by-key reads would have produced.
 */
class BulkReadStateTest extends StatusConsumerTestSupport {

    private static final String URI = "sinch-prov:whatsapp-senders/list?startScheduler=false"
            + "&stateRepository=#bulkState";

    private final CountingBulkRepository state = new CountingBulkRepository();
    private FakeListing senders;

    @BeforeEach
    void senders() throws Exception {
        senders = FakeListing.serve(server, SENDERS_PATH, "senders")
                .put("A", sender("A", "PENDING_VERIFICATION", "t1"))
                .put("B", sender("B", "IN_PROGRESS", "t1"));
        context.getRegistry().bind("bulkState", state);
        watch(URI);
    }

    @Test
    void aPollReadsItsScopeOnceAndWritesOnlyWhatChanged() throws Exception {
        poll();
        assertEquals(List.of(1, 0, 5), state.counts(), "baseline: one read; two fingerprints, index, scope, marker");

        poll();
        assertEquals(List.of(1, 0, 0), state.counts(), "unchanged: one read, nothing written");

        senders.put("A", sender("A", "ACTIVE", "t2"));
        poll();
        assertEquals(List.of("A:PENDING_VERIFICATION->ACTIVE"), transitions());
        assertEquals(List.of(1, 0, 1), state.counts(), "a change: its fingerprint, once delivered");

        poll();
        assertEquals(List.of(), transitions(), "the write reached the repository, not only the snapshot");
        assertEquals(List.of(1, 0, 0), state.counts());

        senders.remove("B").put("C", sender("C", "IN_PROGRESS", "t3"));
        poll();
        assertEquals(List.of("C:null->IN_PROGRESS", "B:IN_PROGRESS->null"), transitions());
        assertEquals(List.of(1, 0, 3), state.counts(), "two fingerprints and the index, written once");
        assertTrue(state.value(":index").contains("C") && !state.value(":index").contains("B"));
    }

    @Test
    void aChangeWhoseExchangeFailedIsNotWritten() throws Exception {
        poll();
        state.counts();
        senders.put("A", sender("A", "ACTIVE", "t2"));
        events.failOnceFor("A");

        poll();
        assertEquals(List.of(1, 0, 0), state.counts());
        poll();
        assertEquals(List.of(1, 0, 1), state.counts());
        assertEquals(List.of("A:PENDING_VERIFICATION->ACTIVE", "A:PENDING_VERIFICATION->ACTIVE"), transitions());
    }

    @Test
    void aDamagedEntryIsRepairedThroughTheSnapshot() throws Exception {
        poll();
        state.overwrite(":r:A", "not a fingerprint");
        state.counts();

        poll();
        assertEquals(List.of(), transitions(), "a damaged entry is rebaselined without an event");
        assertEquals(1L, statusConsumer.discardedStateEntries());
        assertEquals(List.of(1, 0, 1), state.counts());

        senders.put("A", sender("A", "ACTIVE", "t2"));
        poll();
        assertEquals(List.of("A:PENDING_VERIFICATION->ACTIVE"), transitions());
        assertEquals(List.of(1, 0, 1), state.counts());
    }

    @Test
    void eachPollReadsTheStoreAgain() throws Exception {
        poll();
        senders.put("A", sender("A", "ACTIVE", "t2"));
        // Another member delivers the change and stores it between two polls of this one (leadership moved and
        // back): this member must read that, not a snapshot of its own last poll.
        EventLog otherEvents = new EventLog();
        CamelContext other = startContext(Map.of("bulkState", state), URI, otherEvents);
        try {
            consumerOf(other).poll();
        } finally {
            other.stop();
        }
        assertEquals(List.of("A"), otherEvents.drain().stream().map(EventLog.Event::resourceId).toList());
        state.counts();

        poll();
        assertEquals(List.of(), transitions(), "delivered once, by the other member");
        assertEquals(List.of(1, 0, 0), state.counts());
    }

    private List<String> transitions() {
        return events.drain().stream().map(e -> e.resourceId() + ":" + e.previous() + "->" + e.next()).toList();
    }

    /** A shared store in memory that counts what the consumer asks of it. */
    static final class CountingBulkRepository implements BulkReadStateRepository {

        private final ConcurrentMap<String, String> store = new ConcurrentHashMap<>();
        private final AtomicInteger bulkReads = new AtomicInteger();
        private final AtomicInteger keyReads = new AtomicInteger();
        private final AtomicInteger writes = new AtomicInteger();

        @Override
        public Map<String, String> getStates(String keyPrefix) {
            bulkReads.incrementAndGet();
            Map<String, String> states = new TreeMap<>();
            store.forEach((key, value) -> {
                if (key.startsWith(keyPrefix)) {
                    states.put(key, value);
                }
            });
            return states;
        }

        @Override
        public String getState(String key) {
            keyReads.incrementAndGet();
            return store.get(key);
        }

        @Override
        public void setState(String key, String value) {
            writes.incrementAndGet();
            if (value == null) {
                store.remove(key);
            } else {
                store.put(key, value);
            }
        }

        /** Bulk reads, key reads and writes since the last call. */
        List<Integer> counts() {
            return List.of(bulkReads.getAndSet(0), keyReads.getAndSet(0), writes.getAndSet(0));
        }

        /** The value of the one key ending with the suffix. */
        String value(String suffix) {
            return store.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError("no key ends with " + suffix));
        }

        /** Another writer (or damage) changes an entry outside any poll. */
        void overwrite(String suffix, String value) {
            String key = store.keySet().stream().filter(k -> k.endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no key ends with " + suffix));
            store.put(key, value);
        }

        @Override
        public void start() {
            // nothing to open
        }

        @Override
        public void stop() {
            // nothing to close
        }
    }
}
