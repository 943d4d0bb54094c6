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
package io.github.camelsinch.provisioning.examples.quarkus;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.examples.quarkus.TemplateStatusBoard.Change;
import io.github.camelsinch.provisioning.metrics.SinchMeters;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderListDto;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SinchSimulator;
import io.github.camelsinch.provisioning.state.JdbcStateRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application in JVM mode against the in-process simulator (native mode is not tested: no GraalVM here). */
@QuarkusTest
@QuarkusTestResource(SimulatorTestResource.class)
class SinchProvisioningQuarkusTest {

    private static final Duration STEP = Duration.ofSeconds(5);
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @Inject
    CamelContext camelContext;

    @Inject
    ProducerTemplate producer;

    @Inject
    TemplateStatusBoard board;

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @Test
    void theComponentIsConfiguredFromTheApplicationProperties() {
        SinchSimulator sim = SimulatorTestResource.simulator();
        SinchProvisioningComponent component =
                camelContext.getComponent("sinch-prov", SinchProvisioningComponent.class);
        assertEquals(sim.baseUrl(), component.getConfiguration().getBaseUrl());
        assertEquals(SimulatorTestResource.PROJECT, component.getConfiguration().getProjectId());
    }

    @Test
    void theKeySecretIsNotLogged() {
        String log = SimulatorTestResource.log();
        assertTrue(log.contains("camel.component.sinch-prov.keySecret"), "Camel logged its configuration summary");
        assertFalse(log.contains(SimulatorTestResource.simulator().keySecret()), "the key secret was logged");
    }

    @Test
    void theProducerRouteReturnsTheSendersTheSimulatorHolds() {
        SinchSimulator sim = SimulatorTestResource.simulator();
        Set<String> seeded = Stream.of("ACTIVE", "PENDING_VERIFICATION")
                .map(stage -> sim.control()
                        .seed(SimulatorTestResource.PROJECT, ResourceKind.WHATSAPP_SENDER, null, stage)
                        .path("key").asText())
                .collect(Collectors.toSet());

        WhatsappSenderListDto list = producer.requestBody("direct:list-senders", null, WhatsappSenderListDto.class);

        assertEquals(seeded, list.getSenders().stream().map(WhatsappSenderDto::getId).collect(Collectors.toSet()));
        assertEquals(2, list.getTotalSize().intValue());
    }

    @Test
    void theConsumerFollowsANewTemplateToApproved() {
        SinchSimulator sim = SimulatorTestResource.simulator();
        String template = "quarkus_order_shipped";
        String id = template + "/EN";
        producer.requestBody("sinch-prov:whatsapp-templates/create", """
            {"name": "%s", "category": "UTILITY", "language": "EN", "status": "SUBMIT",
             "details": {"components": [{"type": "BODY", "text": "Your order {{1}} has shipped.",
                                          "examples": ["A-1042"]}]}}
            """.formatted(template));

        await().atMost(DEADLINE).until(() -> !board.changesOf(id).isEmpty());
        assertEquals("ADDED", board.changesOf(id).get(0).changeType());

        // IN_PROGRESS -> PENDING -> APPROVED, one lifecycle step each; the consumer sees each state on its next poll
        sim.control().advance(STEP);
        await().atMost(DEADLINE).until(() -> board.statusOf(id).equals(Optional.of("PENDING")));
        sim.control().advance(STEP);
        await().atMost(DEADLINE).until(() -> board.statusOf(id).equals(Optional.of("APPROVED")));

        List<Change> changes = board.changesOf(id);
        assertEquals(new Change("CHANGED", "PENDING", "APPROVED"), changes.get(changes.size() - 1));
    }

    @Test
    void theConsumersStateIsStoredInTheSinchStateTableOfTheDefaultDatasource() {
        SimulatorTestResource.simulator().control()
                .seed(SimulatorTestResource.PROJECT, ResourceKind.WHATSAPP_TEMPLATE, null, "PAUSED");

        JdbcStateRepository repository = assertInstanceOf(JdbcStateRepository.class,
                camelContext.getComponent("sinch-prov", SinchProvisioningComponent.class).getStateRepository());
        assertEquals("sinch_state", repository.getTableName());
        // after a poll that saw the template (no other test has a PAUSED one), its state is a row of sinch_state
        // through the repository's own datasource: nothing in the application injects one (the extension keeps it)
        await().atMost(DEADLINE).until(() -> pausedRows(repository.getDataSource()) > 0);
    }

    private static long pausedRows(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery(
                     "SELECT COUNT(*) FROM sinch_state WHERE state_value LIKE '%PAUSED%'")) {
            count.next();
            return count.getLong(1);
        }
    }

    @Test
    void theSinchMetersAreServedForPrometheus() throws Exception {
        producer.requestBody("direct:list-senders", null, WhatsappSenderListDto.class);
        SinchProvisioningComponent component =
                camelContext.getComponent("sinch-prov", SinchProvisioningComponent.class);
        // quarkus-micrometer's registries are unnamed beans: found by type, bound with no code.
        assertFalse(component.meters() == SinchMeters.NONE, "no MeterRegistry found among "
                + camelContext.getRegistry().findByType(MeterRegistry.class));

        // The template consumer polls on its own schedule: its poll timer shows up once one poll completed.
        await().atMost(DEADLINE)
                .until(() -> scrape().lines()
                        .anyMatch(line -> line.startsWith("sinch_prov_consumer_poll_seconds_count{")
                                && line.contains("outcome=\"complete\"")
                                && value(line) > 0));
        String text = scrape();
        assertTrue(text.lines().anyMatch(line -> line.startsWith("sinch_prov_calls_seconds_count{")
                && line.contains("api=\"whatsapp-senders\"") && line.contains("operation=\"list\"")
                && line.contains("outcome=\"success\"") && value(line) > 0), text);
        for (String series : List.of("sinch_prov_attempts_total", "sinch_prov_token_requests_total",
                "sinch_prov_rate_limited", "sinch_prov_auth_failing", "sinch_prov_consumer_changes_total",
                "sinch_prov_consumer_resources", "sinch_prov_consumer_last_complete_poll_age_seconds")) {
            assertTrue(text.contains(series + "{"), series + " in " + text);
        }
        assertFalse(text.contains("project=\"") || text.contains(SimulatorTestResource.PROJECT + "\""),
                "a tag holds the project id");
    }

    /** The sample value: the last field of a Prometheus text line. */
    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    /** GET /q/metrics, as Prometheus scrapes it. */
    private String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(metrics.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
