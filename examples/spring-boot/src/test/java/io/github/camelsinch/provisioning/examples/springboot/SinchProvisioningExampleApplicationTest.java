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
package io.github.camelsinch.provisioning.examples.springboot;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.examples.springboot.TemplateStatusBoard.Change;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderListDto;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import io.github.camelsinch.provisioning.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application as it runs, against the in-process simulator: its credentials and URLs reach the component through
 * {@code camel.component.sinch-prov.*} properties, as they would from the environment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "example.template-poll-delay=100", "camel.main.run-controller=false", "camel.main.shutdown-timeout=5",
    "spring.datasource.url=jdbc:h2:mem:spring-boot-example;DB_CLOSE_DELAY=-1", "server.address=127.0.0.1"})
@ExtendWith(OutputCaptureExtension.class)
// Spring Boot tests export no metrics unless asked: this one scrapes them as Prometheus would.
@AutoConfigureObservability(tracing = false)
@DirtiesContext
class SinchProvisioningExampleApplicationTest {

    /** Manual clock: lifecycles move only when the test advances it. */
    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String PROJECT = "spring-boot-example";
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @DynamicPropertySource
    static void sinch(DynamicPropertyRegistry registry) {
        registry.add("camel.component.sinch-prov.base-url", SIM::baseUrl);
        registry.add("camel.component.sinch-prov.auth-url", SIM::tokenUrl);
        registry.add("camel.component.sinch-prov.key-id", SIM::keyId);
        registry.add("camel.component.sinch-prov.key-secret", SIM::keySecret);
        registry.add("camel.component.sinch-prov.project-id", () -> PROJECT);
    }

    @Autowired
    private ProducerTemplate producer;

    @Autowired
    private TemplateStatusBoard board;

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;

    private static CamelContext started;

    @BeforeEach
    void rememberCamel() {
        started = camelContext;
    }

    /** The simulator stops after this class (after the @AfterAll methods): stop polling it first. */
    @AfterAll
    static void stopCamelBeforeTheSimulator() {
        if (started != null) {
            started.stop();
        }
    }

    @Test
    void theProducerRouteReturnsTheSendersTheSimulatorHolds() {
        Set<String> seeded = Stream.of("ACTIVE", "PENDING_VERIFICATION")
                .map(stage -> SIM.control().seed(PROJECT, ResourceKind.WHATSAPP_SENDER, null, stage).path("key")
                        .asText())
                .collect(Collectors.toSet());

        WhatsappSenderListDto list = producer.requestBody("direct:list-senders", null, WhatsappSenderListDto.class);

        assertEquals(seeded, list.getSenders().stream().map(WhatsappSenderDto::getId).collect(Collectors.toSet()));
        assertEquals(2, list.getTotalSize().intValue());
    }

    @Test
    void theConsumerFollowsANewTemplateToApproved(CapturedOutput output) {
        String template = "spring_boot_order_shipped";
        String id = template + "/EN";
        producer.requestBody("sinch-prov:whatsapp-templates/create", """
            {"name": "%s", "category": "UTILITY", "language": "EN", "status": "SUBMIT",
             "details": {"components": [{"type": "BODY", "text": "Your order {{1}} has shipped.",
                                          "examples": ["A-1042"]}]}}
            """.formatted(template));

        await().atMost(DEADLINE).until(() -> !board.changesOf(id).isEmpty());
        assertEquals("ADDED", board.changesOf(id).get(0).changeType());

        // IN_PROGRESS -> PENDING -> APPROVED, one lifecycle step each; the consumer sees each state on its next poll
        SIM.control().advance(STEP);
        await().atMost(DEADLINE).until(() -> board.statusOf(id).equals(Optional.of("PENDING")));
        SIM.control().advance(STEP);
        await().atMost(DEADLINE).until(() -> board.statusOf(id).equals(Optional.of("APPROVED")));

        List<Change> changes = board.changesOf(id);
        assertEquals(List.of(new Change("CHANGED", "PENDING", "APPROVED")), changes.subList(changes.size() - 1,
                changes.size()));
        assertFalse(output.getAll().contains(SIM.keySecret()), "the key secret was logged");
    }

    @Test
    void theConsumersStateIsStoredInTheSinchStateTableOfTheDataSource() {
        SIM.control().seed(PROJECT, ResourceKind.WHATSAPP_TEMPLATE, null, "PAUSED");

        assertInstanceOf(JdbcStateRepository.class,
                camelContext.getComponent("sinch-prov", SinchProvisioningComponent.class).getStateRepository());
        // after a poll that saw the template (no other test has a PAUSED one), its state is a row of sinch_state
        await().atMost(DEADLINE).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM sinch_state WHERE state_value LIKE '%PAUSED%'", Long.class) > 0);
    }

    @Test
    void theActuatorServesTheSinchMetersForPrometheus() throws Exception {
        producer.requestBody("direct:list-senders", null, WhatsappSenderListDto.class);

        // The template consumer polls every 100 ms: its poll timer shows up once one poll completed.
        await().atMost(DEADLINE)
                .until(() -> scrape().lines()
                        .anyMatch(line -> line.startsWith("sinch_prov_consumer_poll_seconds_count{")
                                && line.contains("outcome=\"complete\"")
                                && value(line) > 0));
        String metrics = scrape();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("sinch_prov_calls_seconds_count{")
                && line.contains("api=\"whatsapp-senders\"") && line.contains("operation=\"list\"")
                && line.contains("outcome=\"success\"") && value(line) > 0), metrics);
        for (String series : List.of("sinch_prov_attempts_total", "sinch_prov_token_requests_total",
                "sinch_prov_rate_limited", "sinch_prov_auth_failing", "sinch_prov_consumer_changes_total",
                "sinch_prov_consumer_resources", "sinch_prov_consumer_last_complete_poll_age_seconds")) {
            assertTrue(metrics.contains(series + "{"), series + " in " + metrics);
        }
        assertFalse(metrics.contains(PROJECT), "a tag holds the project id");
    }

    /** The sample value: the last field of a Prometheus text line. */
    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    /** GET /actuator/prometheus, as Prometheus scrapes it. */
    private String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
