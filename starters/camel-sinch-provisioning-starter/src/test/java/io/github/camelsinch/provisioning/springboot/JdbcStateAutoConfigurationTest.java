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
package io.github.camelsinch.provisioning.springboot;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import io.github.camelsinch.provisioning.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code camel.component.sinch-prov.state.jdbc.*}: the consumers' state in a table of the application's DataSource. */
class JdbcStateAutoConfigurationTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String PREFIX = "camel.component.sinch-prov.";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    SinchProvisioningComponentConverter.class, SinchProvisioningComponentAutoConfiguration.class,
                    SinchProvisioningJdbcStateAutoConfiguration.class));

    @Test
    void oneSwitchKeepsTheStateOfEveryConsumerInTheNamedTableOfTheDataSource() {
        String project = "jdbc-state-project";
        SIM.control().seed(project, ResourceKind.WHATSAPP_SENDER, null, "ACTIVE");
        runner.withUserConfiguration(H2.class)
                .withPropertyValues(PREFIX + "state.jdbc.enabled=true",
                        PREFIX + "state.jdbc.table-name=app_sinch_state",
                        PREFIX + "base-url=" + SIM.baseUrl(), PREFIX + "auth-url=" + SIM.tokenUrl(),
                        PREFIX + "key-id=" + SIM.keyId(), PREFIX + "key-secret=" + SIM.keySecret(),
                        PREFIX + "project-id=" + project)
                .run(context -> {
                    CamelContext camel = context.getBean(CamelContext.class);
                    JdbcStateRepository repository = assertInstanceOf(JdbcStateRepository.class,
                            component(camel).getStateRepository());
                    assertEquals("app_sinch_state", repository.getTableName());
                    DataSource dataSource = context.getBean(DataSource.class);
                    assertSame(dataSource, repository.getDataSource());

                    // a consumer with no stateRepository of its own: its baseline lands in the table
                    camel.addRoutes(new RouteBuilder() {
                        @Override
                        public void configure() {
                            from("sinch-prov:whatsapp-senders/list?delay=50").routeId("senders")
                                    .process(exchange -> {});
                        }
                    });
                    await("the consumer's state in app_sinch_state", () -> rows(dataSource, "app_sinch_state") > 0);
                });
    }

    @Test
    void withoutTheSwitchConsumersKeepTheirStateInMemory() {
        runner.withUserConfiguration(H2.class).run(context -> {
            assertTrue(context.getBeansOfType(JdbcStateRepository.class).isEmpty());
            assertNull(component(context.getBean(CamelContext.class)).getStateRepository());
        });
    }

    @Test
    void theSwitchWithoutADataSourceFailsTheStartAndSaysWhatIsMissing() {
        runner.withPropertyValues(PREFIX + "state.jdbc.enabled=true").run(context -> {
            assertTrue(context.getStartupFailure() != null, "the application started without a DataSource");
            String message = rootCause(context.getStartupFailure()).getMessage();
            assertTrue(message.contains("camel.component.sinch-prov.state.jdbc.enabled=true needs one"
                    + " javax.sql.DataSource bean"), message);
            assertTrue(message.contains("spring.datasource.url"), message);
        });
    }

    @Test
    void anInvalidTableNameFailsTheStartNamingTheRule() {
        runner.withUserConfiguration(H2.class)
                .withPropertyValues(PREFIX + "state.jdbc.enabled=true", PREFIX + "state.jdbc.table-name=state; drop")
                .run(context -> {
                    String message = rootCause(context.getStartupFailure()).getMessage();
                    assertTrue(message.contains("Invalid tableName 'state; drop'"), message);
                });
    }

    @Test
    void anExplicitStateRepositoryPropertyWinsOverTheSwitch() {
        runner.withUserConfiguration(H2.class, OwnRepository.class)
                .withPropertyValues(PREFIX + "state.jdbc.enabled=true", PREFIX + "state-repository=#bean:ownState")
                .run(context -> assertSame(context.getBean("ownState"),
                        component(context.getBean(CamelContext.class)).getStateRepository()));
    }

    private static SinchProvisioningComponent component(CamelContext camel) {
        return camel.getComponent("sinch-prov", SinchProvisioningComponent.class);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static long rows(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        } catch (SQLException notCreatedYet) {
            return 0;
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class H2 {
        @Bean
        DataSource dataSource() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:starter-state-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            return dataSource;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnRepository {
        @Bean
        MemoryStateRepository ownState() {
            return new MemoryStateRepository();
        }
    }
}
