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
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies {@code camel.component.sinch-prov.*} to the {@code sinch-prov} component, through a Camel
 * {@link ComponentCustomizer} as every Camel starter does. Switched off with
 * {@code camel.component.sinch-prov.enabled=false} (or {@code camel.component.enabled=false}); the customizer alone
 * with {@code camel.component.sinch-prov.customizer.enabled=false}.
 *
 * <p>Only the options that are set in the environment are applied, so an application that defines its own
 * {@code sinch-prov} component bean keeps what it set in code for every option it does not also set as a property.
 * A {@code configuration} bean reference is applied first and the single options over it. Values are never logged.
 */
@AutoConfiguration(after = {CamelAutoConfiguration.class, SinchProvisioningComponentConverter.class})
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, SinchProvisioningComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", SinchProvisioningComponentAutoConfiguration.PREFIX})
public class SinchProvisioningComponentAutoConfiguration {

    static final String PREFIX = "camel.component.sinch-prov";

    @Lazy
    @Bean
    public ComponentCustomizer configureSinchProvisioningComponent(CamelContext camelContext, Environment environment,
                                                                   SinchProvisioningComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.setCamelProperties(camelContext, target,
                        explicitOptions(camelContext, environment, configuration), true);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(environment,
                        "camel.component.customizer", PREFIX + ".customizer")
                        && target instanceof SinchProvisioningComponent;
            }
        };
    }

    /**
     * The component options that some property source sets (directly, or for {@code configuration} through its
     * nested properties), by option name, {@code configuration} first.
     */
    static Map<String, Object> explicitOptions(CamelContext camelContext, Environment environment,
                                               SinchProvisioningComponentConfiguration configuration) {
        Map<String, Object> values =
                new TreeMap<>(CamelPropertiesHelper.getNonNullProperties(camelContext, configuration));
        // inherited from ComponentConfigurationPropertiesCommon: switches of the starter, not component options
        values.remove("enabled");
        values.remove("customizer");
        Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.get(environment);
        Map<String, Object> options = new LinkedHashMap<>();
        Object shared = values.remove("configuration");
        if (shared != null && isSet(sources, "configuration")) {
            options.put("configuration", shared);
        }
        values.forEach((option, value) -> {
            if (isSet(sources, option)) {
                options.put(option, value);
            }
        });
        return options;
    }

    private static boolean isSet(Iterable<ConfigurationPropertySource> sources, String option) {
        ConfigurationPropertyName name =
                ConfigurationPropertyName.of(PREFIX + "." + DataObjectPropertyName.toDashedForm(option));
        for (ConfigurationPropertySource source : sources) {
            if (source.getConfigurationProperty(name) != null
                    || source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
