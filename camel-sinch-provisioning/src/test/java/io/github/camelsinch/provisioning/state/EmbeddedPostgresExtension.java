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

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGConnectionPoolDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server (zonky's PostgreSQL 14 binaries: no Docker, no system install) for the test run. The
 * first test class that registers this extension starts it; every later class reuses it, and JUnit stops it when
 * the run ends. It listens on 127.0.0.1 only. Classes keep apart by using tables of their own.
 * <pre>{@code @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();}</pre>
 */
public final class EmbeddedPostgresExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedPostgresExtension.class);

    private Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, key -> Server.start(),
                Server.class);
    }

    /** A small connection pool on the server, with auto-commit on as pools hand connections out by default. */
    public DataSource dataSource() {
        if (server == null) {
            throw new IllegalStateException("EmbeddedPostgresExtension is not started: register it with"
                    + " @RegisterExtension on a static field");
        }
        return server.pool;
    }

    /** The server and its pool; closed by JUnit at the end of the run (the root store closes AutoCloseables). */
    private static final class Server implements AutoCloseable {

        private final EmbeddedPostgres postgres;
        private final JdbcConnectionPool pool;

        private Server(EmbeddedPostgres postgres, JdbcConnectionPool pool) {
            this.postgres = postgres;
            this.pool = pool;
        }

        static Server start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        // A throwaway server: no wait for the disk on every commit of the 10,000 baseline writes.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                PGConnectionPoolDataSource physical = new PGConnectionPoolDataSource();
                physical.setServerNames(new String[] {"127.0.0.1"});
                physical.setPortNumbers(new int[] {postgres.getPort()});
                physical.setDatabaseName("postgres");
                physical.setUser("postgres");
                // H2's small pool over PostgreSQL's pooled connections: a test dependency already present, and
                // one TCP connection per write would make the 10,000-resource measurement slow for no reason.
                JdbcConnectionPool pool = JdbcConnectionPool.create(physical);
                pool.setMaxConnections(16);
                Server server = new Server(postgres, pool);
                server.requireLoopbackOnly();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }

        /** The tests' rule: nothing listens beyond loopback. Checked on the server, not assumed from the config. */
        private void requireLoopbackOnly() throws IOException {
            try (Connection connection = pool.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SHOW listen_addresses")) {
                rows.next();
                String listening = rows.getString(1);
                if (!listening.equals("127.0.0.1")) {
                    close();
                    throw new IllegalStateException("The embedded PostgreSQL listens on " + listening
                            + ", not on 127.0.0.1 only");
                }
            } catch (SQLException e) {
                close();
                throw new IllegalStateException("Could not query the embedded PostgreSQL server", e);
            }
        }

        @Override
        public void close() throws IOException {
            pool.dispose();
            postgres.close();
        }
    }
}
