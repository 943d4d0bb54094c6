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

import io.github.camelsinch.provisioning.SinchProvisioningConfiguration;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The actuator shows the key secret as {@code ******} even when an application shows configuration values, in both
 * the {@code env} and the {@code configprops} endpoints, also inside a shared configuration bean.
 */
class SecretSanitizingTest {

    private static final String MASK = "******";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    SinchProvisioningComponentConverter.class, SinchProvisioningComponentAutoConfiguration.class,
                    SinchProvisioningSanitizingAutoConfiguration.class))
            .withUserConfiguration(SharedConfiguration.class)
            .withPropertyValues("camel.component.sinch-prov.key-id=visible-key-id",
                    "camel.component.sinch-prov.key-secret=property-secret-value",
                    "camel.component.sinch-prov.configuration=#shared");

    @Test
    void envEndpointMasksTheKeySecret() {
        runner.run(context -> {
            EnvironmentEndpoint endpoint =
                    new EnvironmentEndpoint(context.getEnvironment(), functions(context), Show.ALWAYS);
            assertEquals(MASK, endpoint.environmentEntry("camel.component.sinch-prov.key-secret").getProperty()
                    .getValue());
            assertEquals("visible-key-id", endpoint.environmentEntry("camel.component.sinch-prov.key-id")
                    .getProperty().getValue(), "other values are shown: the test really shows values");
        });
    }

    @Test
    void envEndpointMasksTheProxyCredentials() {
        runner.withPropertyValues("camel.component.sinch-prov.proxy-host=proxy.example",
                "camel.component.sinch-prov.proxy-auth-username=proxy-user-value",
                "camel.component.sinch-prov.proxy-auth-password=proxy-password-value").run(context -> {
                    EnvironmentEndpoint endpoint =
                            new EnvironmentEndpoint(context.getEnvironment(), functions(context), Show.ALWAYS);
                    for (String option : List.of("proxy-auth-username", "proxy-auth-password")) {
                        assertEquals(MASK, endpoint.environmentEntry("camel.component.sinch-prov." + option)
                                .getProperty().getValue(), option);
                    }
                    assertEquals("proxy.example", endpoint.environmentEntry("camel.component.sinch-prov.proxy-host")
                            .getProperty().getValue());
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void configpropsEndpointMasksTheKeySecretAlsoInsideTheSharedConfiguration() {
        runner.run(context -> {
            ConfigurationPropertiesReportEndpoint endpoint =
                    new ConfigurationPropertiesReportEndpoint(functions(context), Show.ALWAYS);
            endpoint.setApplicationContext(context);
            Map<String, Object> properties = endpoint.configurationPropertiesWithPrefix("camel.component.sinch-prov")
                    .getContexts().values().iterator().next().getBeans().values().iterator().next().getProperties();
            assertEquals(MASK, properties.get("keySecret"));
            assertEquals("visible-key-id", properties.get("keyId"));
            Map<String, Object> shared = (Map<String, Object>) properties.get("configuration");
            assertEquals(MASK, shared.get("keySecret"));
            assertEquals("shared-project", shared.get("projectId"));
        });
    }

    private static List<SanitizingFunction> functions(ApplicationContext context) {
        return context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class SharedConfiguration {
        @Bean
        SinchProvisioningConfiguration shared() {
            SinchProvisioningConfiguration configuration = new SinchProvisioningConfiguration();
            configuration.setProjectId("shared-project");
            configuration.setKeySecret("bean-secret-value");
            return configuration;
        }
    }
}
