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
package io.github.camelsinch.provisioning.state;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The repository on an in-memory H2 database. */
class JdbcStateRepositoryH2Test extends JdbcStateRepositoryContract {

    private static JdbcConnectionPool pool;

    @BeforeAll
    static void startDatabase() {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:jdbc_state_test;DB_CLOSE_DELAY=-1", "sa", "");
        pool.setMaxConnections(16);
    }

    @AfterAll
    static void stopDatabase() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN"); // an in-memory database with DB_CLOSE_DELAY=-1 lives until told
        }
        pool.dispose();
    }

    @Override
    protected DataSource dataSource() {
        return pool;
    }

    @Override
    protected SqlDialect nativeDialect() {
        return SqlDialect.H2;
    }

    @Override
    protected String valueTheDatabaseRefuses() {
        return null; // a CLOB takes any string
    }
}
