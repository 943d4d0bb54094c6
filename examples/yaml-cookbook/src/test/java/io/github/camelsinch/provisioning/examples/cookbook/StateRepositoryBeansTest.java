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
package io.github.camelsinch.provisioning.examples.cookbook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import io.github.camelsinch.provisioning.state.JdbcStateRepository;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.sql.DataSource;

import static io.github.camelsinch.provisioning.examples.cookbook.RecipeRun.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The state repositories declared without Java, exactly as docs/consumer.md shows them ("Declaring the state
 * repository without Java"): camel-main properties ({@code state/*.properties}) and YAML DSL beans
 * ({@code routes/state-*-beans.camel.yaml}). Each run baselines, stops, and a second run started on the same store
 * emits exactly the change made while it was down: the state was stored and read back.
 */
class StateRepositoryBeansTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String ROUTE = "template-status";
    private static final String TEMPLATE = "state_beans_update/en";
    private static final String TEMPLATES_PATH = "/v1/projects/" + PROJECT + "/whatsapp/templates";

    @TempDir
    Path stateDir;

    @Test
    void aFileStateRepositoryFromPropertiesIsTheComponentsStore() throws Exception {
        Map<String, String> properties = snippet("state/file-state.properties");

        Path file = stateDir.resolve("sinch-state.dat");
        restartEmitsTheChangeMadeWhileDown("state-watch", properties,
                run -> assertInstanceOf(FileStateRepository.class,
                        run.context().getRegistry().lookupByName("sinchState")),
                () -> fileHoldsState(file));
    }

    @Test
    void aJdbcStateRepositoryFromPropertiesIsTheComponentsStore() throws Exception {
        Map<String, String> properties = snippet("state/jdbc-state.properties");

        restartEmitsTheChangeMadeWhileDown("state-watch", properties,
                run -> assertInstanceOf(JdbcStateRepository.class,
                        run.context().getRegistry().lookupByName("sinchState")),
                this::tableHoldsState);
    }

    @Test
    void aFileStateRepositoryDeclaredAsYamlBeans() throws Exception {
        Path file = stateDir.resolve("sinch-state.dat");
        restartEmitsTheChangeMadeWhileDown("state-file-beans", new LinkedHashMap<>(),
                run -> assertEquals(file.toFile(), run.context().getRegistry()
                        .lookupByNameAndType("sinchState", FileStateRepository.class).getFileStore()),
                () -> fileHoldsState(file));
    }

    @Test
    void aJdbcStateRepositoryDeclaredAsYamlBeans() throws Exception {
        restartEmitsTheChangeMadeWhileDown("state-jdbc-beans", new LinkedHashMap<>(),
                run -> assertEquals("sinch_state", run.context().getRegistry()
                        .lookupByNameAndType("sinchState", JdbcStateRepository.class).getTableName()),
                this::tableHoldsState);
    }

    /**
     * Run 1 baselines one PENDING template silently and must leave state in the store; while no run is up the
     * template is APPROVED; run 2 on the same store emits that one change, and nothing more in later polls.
     */
    private void restartEmitsTheChangeMadeWhileDown(String recipe, Map<String, String> properties,
                                                    Consumer<RecipeRun> checkBean,
                                                    BooleanSupplier stateStored) throws Exception {
        seedPendingTemplate();
        properties.put("sinch.stateDir", stateDir.toString());
        properties.put("sinch.pollDelay", "50");

        try (RecipeRun first = RecipeRun.start(recipe, SIM, properties)) {
            checkBean.accept(first);
            awaitPolls(2);
            Await.until("state in the store", Duration.ofSeconds(10), stateStored);
            assertEquals(0, first.completed(ROUTE), "the first start baselines silently");
        }

        SIM.control().transition(PROJECT, ResourceKind.WHATSAPP_TEMPLATE, TEMPLATE, "APPROVED");

        try (RecipeRun second = RecipeRun.start(recipe, SIM, properties)) {
            second.awaitCompleted(ROUTE, 1);
            awaitPolls(2);
            assertEquals(1, second.completed(ROUTE), "exactly the change made while down, once");
            if (recipe.equals("state-watch")) {
                MockEndpoint changes = second.mock("mock:changes");
                Exchange change = changes.getReceivedExchanges().get(0);
                assertEquals("PENDING", change.getMessage().getHeader("CamelSinchProvPreviousStatus"));
                assertEquals("APPROVED", change.getMessage().getHeader("CamelSinchProvNewStatus"));
            }
        }
    }

    /** The snippet's properties, in file order. */
    static Map<String, String> snippet(String resource) {
        Properties properties = new Properties();
        try (InputStream in = StateRepositoryBeansTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    private static void seedPendingTemplate() {
        ObjectNode request = new ObjectMapper().createObjectNode().put("stage", "PENDING").put("hold", true);
        request.putObject("resource").put("name", "state_beans_update").put("language", "en");
        String key = SIM.control().seed(PROJECT, ResourceKind.WHATSAPP_TEMPLATE, request).path("key").asText();
        assertEquals(TEMPLATE, key);
    }

    private static void awaitPolls(int polls) {
        long from = listings();
        Await.until(polls + " more polls", Duration.ofSeconds(10), () -> listings() >= from + polls);
    }

    private static long listings() {
        return SIM.control().requests().stream()
                .filter(r -> r.method().equals("GET") && r.path().equals(TEMPLATES_PATH) && r.status() == 200).count();
    }

    private static boolean fileHoldsState(Path file) {
        try {
            return Files.exists(file) && Files.readString(file).contains("sinch-prov:");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the H2 file database the snippets name, after the run that wrote it. */
    private boolean tableHoldsState() {
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL("jdbc:h2:" + stateDir + "/sinch-state");
        return rowCount(dataSource) > 0;
    }

    private static long rowCount(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows =
                     statement.executeQuery("SELECT COUNT(*) FROM sinch_state WHERE state_key LIKE 'sinch-prov:%'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return 0; // not created yet
        }
    }
}
