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

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import io.github.camelsinch.provisioning.codegen.StarterSourcesGenerator;
import io.github.camelsinch.provisioning.codegen.StarterSourcesGenerator.Option;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderListDto;
import io.github.camelsinch.provisioning.simulator.ResourceKind;
import io.github.camelsinch.provisioning.simulator.SimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code camel.component.sinch-prov.*} does to the component in a Spring Boot application. */
@ExtendWith(OutputCaptureExtension.class)
class SinchProvisioningComponentAutoConfigurationTest {

    @RegisterExtension
    static final SimulatorExtension SIM = new SimulatorExtension();

    private static final String PREFIX = "camel.component.sinch-prov.";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    SinchProvisioningComponentConverter.class, SinchProvisioningComponentAutoConfiguration.class,
                    SinchProvisioningSanitizingAutoConfiguration.class));

    @Test
    void everyScalarComponentOptionSetAsAPropertyReachesTheComponent() {
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (Option option : StarterSourcesGenerator.options(StarterSourcesGenerator.readComponentJson())) {
            String text = option.defaultValue() == null ? null : option.defaultValue().asText();
            switch (option.springType()) {
                case "java.lang.String" -> {
                    String value = option.enums().isEmpty() ? "value-of-" + option.name()
                            : option.enums().stream().filter(v -> !v.equals(text)).findFirst().orElseThrow();
                    properties.put(option.propertyName(), value);
                    expected.put(option.name(), value);
                }
                case "java.lang.Boolean" -> {
                    boolean value = !Boolean.parseBoolean(text);
                    properties.put(option.propertyName(), Boolean.toString(value));
                    expected.put(option.name(), value);
                }
                case "java.lang.Integer" -> {
                    int value = (text == null ? 0 : Integer.parseInt(text)) + 7;
                    properties.put(option.propertyName(), Integer.toString(value));
                    expected.put(option.name(), value);
                }
                case "java.time.Duration" -> {
                    long millis = (text == null ? 0 : Long.parseLong(text)) + 1234;
                    properties.put(option.propertyName(), millis + "ms");
                    expected.put(option.name(), millis);
                }
                default -> {
                    // object options: bean references, see objectOptionsTakeBeanReferences
                }
            }
        }
        runner.withPropertyValues(asPairs(properties)).run(context -> {
            SinchProvisioningComponent component = component(context.getBean(CamelContext.class));
            PropertyConfigurerGetter getter = (PropertyConfigurerGetter) component.getComponentPropertyConfigurer();
            List<String> wrong = new ArrayList<>();
            expected.forEach((option, value) -> {
                Object actual = getter.getOptionValue(component, option, false);
                if (!value.equals(actual)) {
                    wrong.add(option + " is " + actual + ", expected " + value);
                }
            });
            assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        });
    }

    @Test
    void durationsAcceptSpringAndPlainMillisecondForms() {
        runner.withPropertyValues(PREFIX + "connect-timeout=2s", PREFIX + "response-timeout=1500",
                PREFIX + "token-refresh-margin=PT2M").run(context -> {
                    SinchProvisioningConfiguration configuration =
                            component(context.getBean(CamelContext.class)).getConfiguration();
                    assertEquals(2000, configuration.getConnectTimeout());
                    assertEquals(1500, configuration.getResponseTimeout());
                    assertEquals(120_000, configuration.getTokenRefreshMargin());
                });
    }

    @Test
    void objectOptionsTakeBeanReferencesAndSingleOptionsWinOverTheSharedConfiguration() {
        runner.withUserConfiguration(SharedBeans.class)
                .withPropertyValues(PREFIX + "configuration=#bean:sharedSinch", PREFIX + "key-id=override-key",
                        PREFIX + "ssl-context-parameters=#tls")
                .run(context -> {
                    SinchProvisioningConfiguration configuration =
                            component(context.getBean(CamelContext.class)).getConfiguration();
                    assertEquals("project-from-bean", configuration.getProjectId());
                    assertEquals("override-key", configuration.getKeyId());
                    assertSame(context.getBean("tls"), configuration.getSslContextParameters());
                });
    }

    @Test
    void optionsThatAreNotSetKeepWhatTheApplicationSetInCode() {
        runner.withUserConfiguration(OwnComponent.class).withPropertyValues(PREFIX + "project-id=p-from-properties")
                .run(context -> {
                    SinchProvisioningComponent component = component(context.getBean(CamelContext.class));
                    assertSame(context.getBean("sinch-prov"), component);
                    assertEquals("p-from-properties", component.getConfiguration().getProjectId());
                    assertEquals(7, component.getConfiguration().getMaxAttempts());
                    assertEquals("key-from-code", component.getConfiguration().getKeyId());
                });
    }

    @Test
    void theStarterCanBeSwitchedOff() {
        runner.withPropertyValues(PREFIX + "enabled=false", PREFIX + "project-id=ignored").run(context -> {
            assertTrue(context.getBeansOfType(SinchProvisioningComponentConfiguration.class).isEmpty());
            assertNull(component(context.getBean(CamelContext.class)).getConfiguration().getProjectId());
        });
        runner.withPropertyValues(PREFIX + "customizer.enabled=false", PREFIX + "project-id=ignored").run(context -> {
            assertEquals(1, context.getBeansOfType(ComponentCustomizer.class).size());
            assertNull(component(context.getBean(CamelContext.class)).getConfiguration().getProjectId());
        });
    }

    @Test
    void routesCallTheApiWithTheCredentialsOfTheProperties(CapturedOutput output) {
        String projectId = "starter-project";
        ObjectNode seeded = SIM.control().seed(projectId, ResourceKind.WHATSAPP_SENDER, null, "ACTIVE");
        String senderId = seeded.path("key").asText();
        Map<String, Level> levels = verbose("org.apache.camel", "io.github.camelsinch",
                "org.springframework.boot.context.properties");
        try {
            runner.withPropertyValues(PREFIX + "base-url=" + SIM.baseUrl(), PREFIX + "auth-url=" + SIM.tokenUrl(),
                    PREFIX + "key-id=" + SIM.keyId(), PREFIX + "key-secret=" + SIM.keySecret(),
                    PREFIX + "project-id=" + projectId)
                    .run(context -> {
                        ProducerTemplate producer = context.getBean(CamelContext.class).createProducerTemplate();
                        WhatsappSenderListDto list = producer.requestBody("sinch-prov:whatsapp-senders/list", null,
                                WhatsappSenderListDto.class);
                        assertEquals(List.of(senderId),
                                list.getSenders().stream().map(WhatsappSenderDto::getId).toList());
                        assertEquals(1, SIM.simulator().tokensIssued(),
                                "one OAuth2 token for the key of the properties");
                    });
        } finally {
            levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        }
        assertTrue(output.getAll().contains("sinch-prov"), "the verbose logs were captured");
        assertFalse(output.getAll().contains(SIM.keySecret()), "the key secret was logged");
    }

    private static Map<String, Level> verbose(String... loggers) {
        Map<String, Level> previous = new LinkedHashMap<>();
        for (String name : loggers) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            previous.put(name, logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
        return previous;
    }

    private static SinchProvisioningComponent component(CamelContext camelContext) {
        return camelContext.getComponent("sinch-prov", SinchProvisioningComponent.class);
    }

    private static String[] asPairs(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    @Configuration(proxyBeanMethods = false)
    static class SharedBeans {
        @Bean
        SinchProvisioningConfiguration sharedSinch() {
            SinchProvisioningConfiguration configuration = new SinchProvisioningConfiguration();
            configuration.setProjectId("project-from-bean");
            configuration.setKeyId("key-from-bean");
            return configuration;
        }

        @Bean
        SSLContextParameters tls() {
            return new SSLContextParameters();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnComponent {
        @Bean("sinch-prov")
        SinchProvisioningComponent sinchProv() {
            SinchProvisioningComponent component = new SinchProvisioningComponent();
            component.getConfiguration().setMaxAttempts(7);
            component.getConfiguration().setKeyId("key-from-code");
            return component;
        }
    }
}
