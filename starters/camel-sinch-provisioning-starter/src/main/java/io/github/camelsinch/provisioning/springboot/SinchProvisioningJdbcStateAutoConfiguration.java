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
import io.github.camelsinch.provisioning.state.JdbcStateRepository;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.StateRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * {@code camel.component.sinch-prov.state.jdbc.enabled=true}: a {@link JdbcStateRepository} on the application's
 * DataSource becomes the {@code sinch-prov} component's stateRepository, the default store of every status consumer
 * and webhook receiver. Asked for without a DataSource, the application fails to start: state kept in memory
 * instead would be lost on the next restart without anyone noticing.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.apache.camel.spring.boot.CamelAutoConfiguration"},
                   before = SinchProvisioningComponentAutoConfiguration.class)
@ConditionalOnProperty(prefix = SinchProvisioningJdbcStateConfiguration.PREFIX, name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SinchProvisioningJdbcStateConfiguration.class)
public class SinchProvisioningJdbcStateAutoConfiguration {

    /** The bean name of the repository, for {@code #bean:} references and for an application to replace it. */
    public static final String STATE_REPOSITORY_BEAN = "sinchProvisioningStateRepository";

    @Bean(STATE_REPOSITORY_BEAN)
    @ConditionalOnMissingBean(name = STATE_REPOSITORY_BEAN)
    public JdbcStateRepository sinchProvisioningStateRepository(ObjectProvider<DataSource> dataSources,
                                                                SinchProvisioningJdbcStateConfiguration configuration) {
        DataSource dataSource = dataSources.getIfUnique();
        if (dataSource == null) {
            throw new IllegalStateException(SinchProvisioningJdbcStateConfiguration.PREFIX + ".enabled=true needs"
                    + " one javax.sql.DataSource bean (or one marked @Primary), found "
                    + dataSources.stream().count() + ": add spring-boot-starter-jdbc and spring.datasource.url, or"
                    + " set " + SinchProvisioningJdbcStateConfiguration.PREFIX + ".enabled=false");
        }
        JdbcStateRepository repository = new JdbcStateRepository(dataSource, configuration.getTableName());
        repository.setCreateTable(configuration.isCreateTable());
        return repository;
    }

    /**
     * Sets the repository on the component unless something already did: a
     * {@code camel.component.sinch-prov.state-repository} property or a component bean with its own store wins,
     * whichever order Camel runs the customizers in.
     */
    @Bean
    public ComponentCustomizer sinchProvisioningJdbcStateCustomizer(
                                                                    @Qualifier(STATE_REPOSITORY_BEAN) StateRepository<String, String> repository) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                SinchProvisioningComponent component = (SinchProvisioningComponent) target;
                if (component.getStateRepository() == null) {
                    component.setStateRepository(repository);
                }
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof SinchProvisioningComponent;
            }
        };
    }
}
