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

import io.github.camelsinch.provisioning.state.JdbcStateRepository;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code camel.component.sinch-prov.state.jdbc.*}: keep the state of every sinch-prov status consumer and webhook
 * receiver in a table of the application's DataSource (a {@link JdbcStateRepository}), so that a restarted
 * application, or another member of a cluster, emits exactly the changes nobody has delivered yet.
 */
@ConfigurationProperties(prefix = SinchProvisioningJdbcStateConfiguration.PREFIX)
public class SinchProvisioningJdbcStateConfiguration {

    static final String PREFIX = "camel.component.sinch-prov.state.jdbc";

    /**
     * Keep the state of the sinch-prov consumers in a table of the application's DataSource (the primary one when
     * there are several): it becomes the component's stateRepository. An application without a DataSource bean
     * fails to start. A state-repository property or a component bean that sets its own store wins.
     */
    private boolean enabled;

    /**
     * The table of the state (state_key VARCHAR(1024) PRIMARY KEY, state_value TEXT), optionally schema-qualified
     * (schema.table): each part a letter or underscore, then letters, digits or underscores, at most 63 characters.
     */
    // a literal (JdbcStateRepository.DEFAULT_TABLE_NAME): the metadata processor reads no constant of another jar
    private String tableName = "sinch_state";

    /**
     * Create the table when the first consumer starts, if it does not exist. Switch off when the schema is managed
     * elsewhere (Flyway, Liquibase) or the database user may not create tables.
     */
    private boolean createTable = true;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTableName() {
        return tableName;
    }

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }
}
