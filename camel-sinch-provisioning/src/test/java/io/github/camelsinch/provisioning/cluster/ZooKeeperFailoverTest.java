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
package io.github.camelsinch.provisioning.cluster;

import io.github.camelsinch.provisioning.client.Await;
import io.github.camelsinch.provisioning.cluster.DeliveryTable.Delivery;
import io.github.camelsinch.provisioning.cluster.TemplateStream.Transition;
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fail-over of the status consumer between JVMs, with real parts: three {@link FailoverNode} processes run
 * {@code master:...:sinch-prov:whatsapp-templates/list}, elect their poller through camel-zookeeper's
 * ZooKeeperClusterService against a real ZooKeeper server (Curator's TestingServer) and share their state in a real
 * PostgreSQL (JdbcStateRepository). The simulator streams 1,000 template transitions in rounds of 100; in three
 * rounds the current leader is killed with SIGKILL in the middle of its batch, and restarted.
 * <p>
 * Expected: no transition lost; a transition delivered twice only when it was in flight at a kill (the killed
 * node's last delivery, recorded but not yet committed to the state), and then under its first dedup key. The
 * figures (duplicates, time from the kill to the new leader's first delivery) are printed.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ZooKeeperFailoverTest {

    private static final String PROJECT = "failover-project";
    private static final int TEMPLATES = 100;
    private static final int ROUNDS = 10;
    private static final Set<Integer> KILL_ROUNDS = Set.of(3, 6, 9);
    private static final long SESSION_TIMEOUT_MS = 3000;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path LOGS = Path.of("target", "failover-nodes");

    private static EmbeddedPostgres postgres;
    private static TestingServer zookeeper;
    private static SinchSimulator simulator;
    private static Connection connection;
    private static DeliveryTable deliveries;
    private static final Map<String, NodeProcess> nodes = new LinkedHashMap<>();

    /** What one kill looked like. */
    record Kill(int round, String victim, long deliveredBeforeKill, long leadershipAfterMs,
                long firstDeliveryAfterMs, String newLeader) {
    }

    @BeforeAll
    static void startServices() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        connection = DriverManager.getConnection(jdbcUrl());
        deliveries = new DeliveryTable(connection);
        deliveries.create();
        // tickTime 200 ms lets the members ask for a 3 s session (ZooKeeper allows 2 to 20 ticks).
        zookeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, 200, -1,
                Map.of("clientPortAddress", "127.0.0.1"), "127.0.0.1"), true);
        simulator = SinchSimulator.start(SimulatorConfig.forTests()); // loopback; only the test moves resources
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (NodeProcess node : nodes.values()) {
            node.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        if (zookeeper != null) {
            zookeeper.close();
        }
        if (connection != null) {
            connection.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void killingTheLeaderMidBatchLosesNothingAndRepeatsOnlyInFlightChangesUnderTheirKey() throws Exception {
        long started = System.nanoTime();
        TemplateStream templates = TemplateStream.seed(simulator.control(), PROJECT, TEMPLATES);
        for (String name : List.of("a1", "b1", "c1")) {
            startNode(name);
        }
        Await.until("all members started", () -> nodes.values().stream().allMatch(NodeProcess::isReady), WAIT);
        Await.until("the leader's silent baseline", deliveries::baselineStored, WAIT);

        List<Kill> kills = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            if (KILL_ROUNDS.contains(round)) { // a member restarted after the last kill stands by again
                Await.until("all members started", () -> nodes.values().stream().allMatch(NodeProcess::isReady),
                        WAIT);
            }
            long before = deliveries.lastId();
            List<Transition> batch = templates.nextRound();
            if (KILL_ROUNDS.contains(round)) {
                kills.add(killTheLeaderMidBatch(round, before));
            }
            int r = round;
            Await.until("round " + round + " delivered",
                    () -> deliveries.distinctChangesAfter(before) >= batch.size(), WAIT);
            assertEquals(batch.size(), deliveries.distinctChangesAfter(before), "round " + r + ": only its changes");
        }
        long runMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        List<Delivery> rows = deliveries.all();
        Map<Transition, List<Delivery>> byTransition = byTransition(rows);
        assertEquals(TEMPLATES * ROUNDS, templates.expected().size());
        assertEveryTransitionDeliveredAndNoOther(templates.expected(), byTransition.keySet());
        int duplicates = assertRepeatsWereInFlightAtAKill(rows, byTransition, kills);

        System.out.println(String.format("ZooKeeperFailoverTest: %d transitions, %d deliveries, lost 0,"
                + " %d duplicate(s) (each under its first dedup key), %d SIGKILLs mid-batch,"
                + " ZooKeeper session timeout %d ms, run %d ms%n", templates.expected().size(), rows.size(),
                duplicates, kills.size(), SESSION_TIMEOUT_MS, runMs)
                + kills.stream().map(k -> String.format("  round %d: killed %s after %d deliveries of its batch;"
                        + " %s led after %d ms and delivered after %d ms", k.round(), k.victim(),
                        k.deliveredBeforeKill(), k.newLeader(), k.leadershipAfterMs(), k.firstDeliveryAfterMs()))
                        .collect(Collectors.joining("\n")));
    }

    private static void assertEveryTransitionDeliveredAndNoOther(List<Transition> made, Set<Transition> delivered) {
        Set<Transition> lost = new HashSet<>(made);
        lost.removeAll(delivered);
        Set<Transition> unexpected = new HashSet<>(delivered);
        made.forEach(unexpected::remove);
        assertEquals(Set.of(), lost, "lost transitions");
        assertEquals(Set.of(), unexpected, "deliveries of transitions that were never made, or under a wrong key");
    }

    /**
     * A transition delivered more than once must have been in flight at a kill: its first delivery is the last one
     * the killed member made (recorded, then killed before the consumer stored the state). So at most one per
     * kill, and twice at most. Returns the number of repeated deliveries.
     */
    private static int assertRepeatsWereInFlightAtAKill(List<Delivery> rows,
                                                        Map<Transition, List<Delivery>> byTransition,
                                                        List<Kill> kills) {
        Map<String, Long> lastRowOfKilled = new HashMap<>();
        for (Kill kill : kills) {
            lastRowOfKilled.put(kill.victim(), rows.stream().filter(d -> d.node().equals(kill.victim()))
                    .mapToLong(Delivery::id).max().orElseThrow());
        }
        List<Delivery> repeated = new ArrayList<>();
        for (List<Delivery> deliveriesOfOne : byTransition.values()) {
            if (deliveriesOfOne.size() > 1) {
                Delivery first = deliveriesOfOne.get(0);
                assertEquals(2, deliveriesOfOne.size(), "delivered at most twice: " + deliveriesOfOne);
                assertEquals(lastRowOfKilled.get(first.node()), first.id(),
                        "a repeated change was in flight at a kill (the killed member's last delivery): " + first);
                repeated.add(first);
            }
        }
        int duplicates = rows.size() - byTransition.size();
        assertTrue(duplicates <= kills.size(), "at most one change in flight per kill: " + repeated);
        return duplicates;
    }

    /**
     * Each resource's deliveries as transitions: the n-th distinct dedup key of a resource (in delivery order) is
     * its n-th transition, so a key repeated for another transition, or a transition delivered under a new key,
     * shifts the steps and shows up as lost and unexpected transitions. Every delivery of one key must also report
     * the same statuses.
     */
    private static Map<Transition, List<Delivery>> byTransition(List<Delivery> rows) {
        Map<String, Map<String, Transition>> stepsByResource = new HashMap<>();
        Map<Transition, List<Delivery>> byTransition = new LinkedHashMap<>();
        for (Delivery row : rows) {
            Map<String, Transition> steps = stepsByResource.computeIfAbsent(row.resourceId(), id -> new HashMap<>());
            Transition transition = steps.computeIfAbsent(row.dedupKey(), key -> new Transition(row.resourceId(),
                    steps.size() + 1, row.previousStatus(), row.newStatus()));
            assertEquals(transition.from() + "->" + transition.to(), row.previousStatus() + "->" + row.newStatus(),
                    "one dedup key, one transition: " + row);
            byTransition.computeIfAbsent(transition, t -> new ArrayList<>()).add(row);
        }
        return byTransition;
    }

    /**
     * Waits until the leader is well inside a batch (a third delivered, more than ten to go), kills it, measures
     * until another member leads and delivers, and restarts the killed member under a new name (not waited for
     * here: the third member stands by meanwhile).
     */
    private Kill killTheLeaderMidBatch(int round, long before) throws Exception {
        Await.until("the leader inside its batch of round " + round, () -> deliveries.lastAfter(before)
                .filter(d -> d.batchIndex() >= d.batchSize() / 3 && d.batchSize() - d.batchIndex() > 10)
                .isPresent(), WAIT);
        String victimName = deliveries.lastAfter(before).orElseThrow().node();
        NodeProcess victim = nodes.get(victimName);
        long killedAt = System.currentTimeMillis();
        victim.kill();
        Delivery lastOfVictim = deliveries.lastAfter(before).orElseThrow();
        assertEquals(victimName, lastOfVictim.node(), "nothing else delivered while it led");
        assertTrue(lastOfVictim.batchGoesOn(), "killed in the middle of its batch: " + lastOfVictim);
        long deliveredBeforeKill = deliveries.countAfter(before, victimName);

        Await.until("another member delivers after the kill in round " + round,
                () -> deliveries.firstByOtherNodeSince(victimName, killedAt).isPresent(), WAIT);
        Delivery first = deliveries.firstByOtherNodeSince(victimName, killedAt).orElseThrow();
        NodeProcess newLeader = nodes.get(first.node());
        // Its LEADER line comes before its first delivery, but through a pipe another thread reads.
        Await.until(first.node() + " announced its leadership", () -> newLeader.leaderSince(killedAt).isPresent(),
                WAIT);
        long ledAt = newLeader.leaderSince(killedAt).orElseThrow();

        nodes.remove(victimName);
        String restarted = victimName.charAt(0) + String.valueOf(Integer.parseInt(victimName.substring(1)) + 1);
        startNode(restarted);
        return new Kill(round, victimName, deliveredBeforeKill, ledAt - killedAt, first.atMillis() - killedAt,
                first.node());
    }

    private static void startNode(String name) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("jdbcUrl", jdbcUrl());
        settings.put("zookeeper", zookeeper.getConnectString());
        settings.put("sessionTimeoutMs", String.valueOf(SESSION_TIMEOUT_MS));
        settings.put("baseUrl", simulator.baseUrl());
        settings.put("tokenUrl", simulator.tokenUrl());
        settings.put("keyId", simulator.keyId());
        settings.put("keySecret", simulator.keySecret());
        settings.put("projectId", PROJECT);
        settings.put("delayMs", "50");
        settings.put("workMs", "5");
        nodes.put(name, NodeProcess.start(name, settings, LOGS));
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres?user=postgres";
    }
}
