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

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.SinchProvisioningConstants;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorConfig;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import io.github.camelsinch.provisioning.state.EmbeddedPostgresExtension;
import io.github.camelsinch.provisioning.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What one poll costs in SQL statements with the state in PostgreSQL ({@link JdbcStateRepository}), against the
 * simulator: the scope is read in one query, an unchanged resource costs nothing more, a change one write once its
 * exchange succeeded, a resource that appears also the index. The figures are in docs/consumer.md. The contexts are
 * made here rather than by CamelTestSupport: a test runs two nodes on one state table, started once the test has
 * seeded the simulator.
 */
class JdbcStatePollCostTest {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStatePollCostTest.class);
    private static final String PROJECT = "cost-project";

    @RegisterExtension
    static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

    private static final AtomicInteger TABLES = new AtomicInteger();

    private final EventLog events = new EventLog();
    private SinchSimulator simulator;
    private CamelContext context;
    private String table;
    private JdbcStateRepository repository;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @ParameterizedTest(name = "{0} templates")
    @ValueSource(ints = {1_000, 10_000})
    void anUnchangedPollIsOneQueryAndAChangeOneWrite(int templates) throws Exception {
        start(templates);

        long baseline = statementsOf(this::poll);
        assertEquals(List.of(), events.drain(), "the first poll baselines silently");
        // the scope read, one fingerprint per template, then the index, the scope and the baseline marker
        assertEquals(1 + templates + 3, baseline);

        long started = System.nanoTime();
        long unchanged = statementsOf(this::poll);
        long unchangedMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(List.of(), events.drain());
        assertEquals(1, unchanged, "an unchanged poll: the scope read, nothing written");

        transition(templates / 2);
        long oneChange = statementsOf(this::poll);
        assertEquals(List.of("CHANGED " + id(templates / 2)), summaries(events.drain()));
        assertEquals(2, oneChange, "the scope read, then the changed fingerprint");

        LOG.info("JdbcStateRepository on PostgreSQL, {} templates: first poll {} statements, unchanged poll {} ({} ms),"
                + " one change {}", templates, baseline, unchanged, unchangedMillis, oneChange);
    }

    @Test
    void aResourceThatAppearsAlsoWritesTheIndex() throws Exception {
        start(1_000);
        poll();

        seed(1_000);
        long oneAdded = statementsOf(this::poll);
        assertEquals(List.of("ADDED " + id(1_000)), summaries(events.drain()));
        assertEquals(3, oneAdded, "the scope read, the new fingerprint and the index");

        context.createProducerTemplate().sendBodyAndHeader("sinch-prov:whatsapp-templates/deleteByName", null,
                SinchProvisioningConstants.TEMPLATE_NAME, name(7));
        long oneRemoved = statementsOf(this::poll);
        assertEquals(List.of("REMOVED " + id(7)), summaries(events.drain()));
        assertEquals(3, oneRemoved, "the scope read, the tombstone and the index");

        assertEquals(1, statementsOf(this::poll));
    }

    @Test
    void aFailedExchangeWritesNothing() throws Exception {
        start(1_000);
        poll();
        transition(1);
        events.failOnceFor(id(1));

        long failed = statementsOf(this::poll);
        assertEquals(1, failed, "the scope read only: the change is detected again next time");
        long retried = statementsOf(this::poll);
        assertEquals(2, retried);
        assertEquals(List.of("CHANGED " + id(1), "CHANGED " + id(1)), summaries(events.drain()));
    }

    @Test
    void eachPollReadsTheStoreAgain() throws Exception {
        start(1_000);
        poll();
        transition(3);
        // Another node (the leader before a fail-over) delivers the change and stores it between two polls of this
        // one: this node's next poll must read that, not keep a snapshot of its own last poll.
        EventLog otherEvents = new EventLog();
        try (CamelContext other = node(new JdbcStateRepository(POSTGRES.dataSource(), table), otherEvents)) {
            poll(other);
        }
        assertEquals(List.of("CHANGED " + id(3)), summaries(otherEvents.drain()));

        assertEquals(1, statementsOf(this::poll));
        assertEquals(List.of(), events.drain(), "this node does not deliver it again");
    }

    private void start(int templates) {
        simulator = SinchSimulator.start(SimulatorConfig.forTests());
        for (int i = 0; i < templates; i++) {
            seed(i);
        }
        table = "poll_cost_" + TABLES.incrementAndGet();
        repository = new JdbcStateRepository(POSTGRES.dataSource(), table);
        context = node(repository, events);
    }

    /** A context whose route {@code watch} polls the templates into {@code sink}, with the state in the repository. */
    private CamelContext node(JdbcStateRepository state, EventLog sink) {
        CamelContext node = new DefaultCamelContext();
        SinchProvisioningComponent component = new SinchProvisioningComponent();
        SinchProvisioningConfiguration c = component.getConfiguration();
        c.setBaseUrl(simulator.baseUrl());
        c.setAuthUrl(simulator.tokenUrl());
        c.setKeyId(simulator.keyId());
        c.setKeySecret(simulator.keySecret());
        c.setProjectId(PROJECT);
        node.addComponent("sinch-prov", component);
        node.getRegistry().bind("sinchState", state);
        sink.attach(node.getEndpoint("mock:watched", MockEndpoint.class));
        try {
            node.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("sinch-prov:whatsapp-templates/list?startScheduler=false&stateRepository=#sinchState")
                            .routeId("watch").to("mock:watched");
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        node.start();
        return node;
    }

    /** An approved template held where it is: nothing changes unless the test says so. */
    private void seed(int i) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.putObject("resource").put("name", name(i)).put("language", "EN");
        request.put("stage", "APPROVED");
        request.put("hold", true);
        simulator.control().seed(PROJECT, ResourceKind.WHATSAPP_TEMPLATE, request);
    }

    private void transition(int i) {
        simulator.control().transition(PROJECT, ResourceKind.WHATSAPP_TEMPLATE, id(i), "PAUSED");
    }

    private static String name(int i) {
        return "template_%05d".formatted(i);
    }

    private static String id(int i) {
        return name(i) + "/EN";
    }

    private void poll() throws Exception {
        poll(context);
    }

    private static void poll(CamelContext node) throws Exception {
        ((SinchProvisioningStatusConsumer) node.getRoute("watch").getConsumer()).poll();
    }

    private long statementsOf(ThrowingRunnable poll) throws Exception {
        long before = repository.getStatementCount();
        poll.run();
        return repository.getStatementCount() - before;
    }

    private static List<String> summaries(List<EventLog.Event> events) {
        return events.stream().map(e -> e.type() + " " + e.resourceId()).toList();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
