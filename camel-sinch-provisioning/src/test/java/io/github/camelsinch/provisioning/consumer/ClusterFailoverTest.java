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

import io.github.camelsinch.provisioning.client.Await;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster recipe: two members run {@code master:} over a FileLockClusterService and share one state
 * repository. The leader keeps failing on one change and is then stopped mid-run: the new leader delivers that
 * change and every later one; a change delivered twice carries the same dedup key.
 */
class ClusterFailoverTest extends StatusConsumerTestSupport {

    private static final String URI = "master:sinch-senders:sinch-prov:whatsapp-senders/list?initialDelay=0&delay=10"
            + "&stateRepository=#shared";
    private static final List<String> CYCLE = List.of("IN_PROGRESS", "ACTIVE", "INACTIVE", "SUSPENDED");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path clusterDir;

    @Test
    void everyTransitionIsDeliveredAcrossAFailOverAndDuplicatesShareTheirDedupKey() throws Exception {
        FakeListing senders = FakeListing.serve(server, SENDERS_PATH, "senders");
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            senders.put("S" + i, sender("S" + i, CYCLE.get(0), "t0"));
            position.put("S" + i, 0);
        }
        SharedMapStateRepository shared = new SharedMapStateRepository();
        EventLog logA = new EventLog();
        EventLog logB = new EventLog();
        CamelContext a = startContext(Map.of("shared", shared), List.of(clusterService()), URI, logA);
        CamelContext b = startContext(Map.of("shared", shared), List.of(clusterService()), URI, logB);
        try {
            Await.until("the leader's baseline", () -> shared.hasKeyEndingWith(":baseline"), WAIT);
            List<String> expected = new ArrayList<>();
            for (int step = 1; step <= 24; step++) {
                String id = "S" + (step % 5);
                String from = CYCLE.get(position.get(id) % CYCLE.size());
                position.merge(id, 1, Integer::sum);
                String to = CYCLE.get(position.get(id) % CYCLE.size());
                expected.add(id + " " + from + "->" + to);
                if (step == 12) {
                    crashTheLeaderOn(id, a, logA, b, logB, senders, sender(id, to, "t" + step));
                } else {
                    senders.put(id, sender(id, to, "t" + step));
                }
                int transitions = step;
                Await.until("transition " + step + " delivered", () -> distinctKeys(logA, logB) == transitions, WAIT);
            }

            List<EventLog.Event> all = Stream.concat(logA.all().stream(), logB.all().stream()).toList();
            Map<String, String> transitionByKey = new HashMap<>();
            for (EventLog.Event e : all) {
                String transition = e.resourceId() + " " + e.previous() + "->" + e.next();
                String earlier = transitionByKey.putIfAbsent(e.dedupKey(), transition);
                assertTrue(earlier == null || earlier.equals(transition), "one key, one transition: " + e);
            }
            assertEquals(expected.stream().sorted().toList(), transitionByKey.values().stream().sorted().toList(),
                    "every transition delivered, each under its own key");
            assertTrue(all.size() > expected.size(), "the crashed leader's change was delivered again: " + all);
            assertFalse(logA.all().isEmpty() || logB.all().isEmpty(), "both members led at some point");
        } finally {
            a.stop();
            b.stop();
        }
    }

    /** The leader records the change, fails it each time, and is stopped: the change is not committed. */
    private void crashTheLeaderOn(String id, CamelContext a, EventLog logA, CamelContext b, EventLog logB,
                                  FakeListing senders, String changed) throws Exception {
        boolean aLeads = isLeader(a);
        CamelContext leader = aLeads ? a : b;
        EventLog leaderLog = aLeads ? logA : logB;
        leaderLog.failAlwaysFor(id);
        int before = leaderLog.size();
        senders.put(id, changed);
        Await.until("the leader delivered and failed", () -> leaderLog.size() > before, WAIT);
        leader.stop();
    }

    private static boolean isLeader(CamelContext camel) throws Exception {
        CamelClusterService service = camel.hasService(FileLockClusterService.class);
        return service.getView("sinch-senders").getLocalMember().isLeader();
    }

    private static long distinctKeys(EventLog... logs) {
        return Stream.of(logs).flatMap(l -> l.all().stream()).map(EventLog.Event::dedupKey).distinct().count();
    }

    private FileLockClusterService clusterService() {
        FileLockClusterService service = new FileLockClusterService();
        service.setRoot(clusterDir.toString());
        service.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        service.setAcquireLockInterval(50, TimeUnit.MILLISECONDS);
        return service;
    }
}
