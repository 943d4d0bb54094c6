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

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Data sources around another, for the cases a pool may hand out. */
final class DataSources {

    private DataSources() {
    }

    /**
     * Connections with auto-commit off, as some pools are configured; closing one rolls back what was not committed,
     * so a repository that forgot to commit loses its writes here, visibly.
     */
    static DataSource withoutAutoCommit(DataSource delegate) {
        return new Wrapper(delegate, "without auto-commit") {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = delegate.getConnection();
                connection.setAutoCommit(false);
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("close")) {
                                connection.rollback();
                                connection.setAutoCommit(true);
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    /** A data source whose toString holds a secret, as some do (a JDBC URL with its password). */
    static DataSource withSecretInToString(DataSource delegate, String secret) {
        return new Wrapper(delegate, "jdbc:postgresql://db/sinch?user=sinch&password=" + secret);
    }

    private static class Wrapper implements DataSource {
        private final DataSource delegate;
        private final String description;

        Wrapper(DataSource delegate, String description) {
            this.delegate = delegate;
            this.description = description;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("not used by the repository");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
