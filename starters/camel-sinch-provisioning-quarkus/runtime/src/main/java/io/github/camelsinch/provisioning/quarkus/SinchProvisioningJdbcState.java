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
package io.github.camelsinch.provisioning.quarkus;

import io.github.camelsinch.provisioning.SinchProvisioningComponent;
import io.github.camelsinch.provisioning.state.JdbcStateRepository;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.apache.camel.quarkus.core.events.ComponentAddEvent;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;

/**
 * {@code quarkus.camel.sinch-prov.state.jdbc.enabled=true}: when the {@code sinch-prov} component joins the
 * CamelContext, a {@link JdbcStateRepository} on the default datasource becomes its stateRepository, unless
 * something set one already. Asked for without a datasource, the start fails: state kept in memory instead would be
 * lost on the next restart without anyone noticing.
 */
@Singleton
public class SinchProvisioningJdbcState {

    static final String ENABLED = "quarkus.camel.sinch-prov.state.jdbc.enabled";

    void onComponentAdd(@Observes ComponentAddEvent event) {
        if (!(event.getComponent() instanceof SinchProvisioningComponent component)) {
            return;
        }
        SinchProvisioningStateConfig.Jdbc config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(SinchProvisioningStateConfig.class).jdbc();
        if (!config.enabled() || component.getStateRepository() != null) {
            return;
        }
        JdbcStateRepository repository = new JdbcStateRepository(defaultDataSource(), config.tableName());
        repository.setCreateTable(config.createTable());
        component.setStateRepository(repository);
    }

    private static DataSource defaultDataSource() {
        try (InstanceHandle<DataSource> handle = Arc.container().instance(DataSource.class)) {
            if (!handle.isAvailable()) {
                throw new IllegalStateException(ENABLED + "=true needs the default datasource: add a JDBC driver"
                        + " extension (e.g. io.quarkus:quarkus-jdbc-postgresql) and quarkus.datasource.jdbc.url, or"
                        + " set " + ENABLED + "=false");
            }
            return handle.get();
        }
    }
}
