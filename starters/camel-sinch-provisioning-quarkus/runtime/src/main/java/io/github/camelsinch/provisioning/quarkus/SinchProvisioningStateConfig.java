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

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the sinch-prov status consumers and webhook receivers keep their state. Not under
 * {@code camel.component.sinch-prov}: Camel applies every key there to the component, and these are not options
 * of the component but of this extension.
 */
@ConfigMapping(prefix = "quarkus.camel.sinch-prov.state")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface SinchProvisioningStateConfig {

    /**
     * The state in a table of the application's default datasource.
     */
    Jdbc jdbc();

    interface Jdbc {

        /**
         * Keep the state of the sinch-prov consumers in a table of the default datasource (a JdbcStateRepository
         * becomes the component's stateRepository), so a restart emits exactly the changes made while the
         * application was down. Without a default datasource the application fails to start. A
         * camel.component.sinch-prov.state-repository property wins.
         */
        @WithDefault("false")
        boolean enabled();

        /**
         * The table of the state, optionally schema-qualified (schema.table): each part a letter or underscore,
         * then letters, digits or underscores, at most 63 characters.
         */
        @WithDefault("sinch_state")
        String tableName();

        /**
         * Create the table when the first consumer starts, if it does not exist. Switch off where the schema is
         * managed elsewhere (Flyway, Liquibase) or the database user may not create tables.
         */
        @WithDefault("true")
        boolean createTable();
    }
}
