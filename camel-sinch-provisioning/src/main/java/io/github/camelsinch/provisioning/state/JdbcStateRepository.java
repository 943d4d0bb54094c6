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

import io.github.camelsinch.provisioning.client.LogText;
import org.apache.camel.support.service.ServiceSupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link org.apache.camel.spi.StateRepository} in one table of a relational database, so that the nodes of a
 * cluster (and a restarted node) share what the status consumer has delivered. Tested on PostgreSQL and H2; MySQL
 * and MariaDB get their own upsert, other databases a standard update-then-insert on a table created beforehand.
 * <p>
 * Each {@link #setState} is one atomic statement (an upsert) on one row, so two writers never leave a row half
 * written; the last write wins, which the consumer's leader election makes the only writer most of the time. On a
 * database without a known upsert it is an update, then an insert when no row was there, retried when a concurrent
 * writer inserted the key first. Connections without auto-commit are committed after every call.
 * {@link #getStates} reads a whole scope in one query, which keeps a poll of 10,000 resources at a few queries.
 * <p>
 * Usable as a bean without Java code: {@code camel.beans.sinchState = #class:...JdbcStateRepository},
 * {@code camel.beans.sinchState.dataSource = #bean:myDataSource}, optional {@code tableName}.
 */
public class JdbcStateRepository extends ServiceSupport implements BulkReadStateRepository {

    /** The default table: {@code sinch_state(state_key VARCHAR(1024) PRIMARY KEY, state_value TEXT NOT NULL)}. */
    public static final String DEFAULT_TABLE_NAME = "sinch_state";
    /** Longest key stored. The consumer's keys are about 30 characters plus the encoded resource id. */
    public static final int MAX_KEY_LENGTH = 1024;

    /** Attempts of one write that meets a concurrent writer of the same key; one retry settles it in practice. */
    private static final int MAX_UPSERT_ATTEMPTS = 5;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;
    private boolean createTable = true;

    private volatile SqlDialect dialect;
    private SqlDialect forcedDialect;
    private final AtomicLong statements = new AtomicLong();

    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        setDataSource(dataSource);
    }

    public JdbcStateRepository(DataSource dataSource, String tableName) {
        setDataSource(dataSource);
        setTableName(tableName);
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /**
     * The table, optionally schema-qualified ({@code myschema.sinch_state}). Only letters, digits and
     * underscores: the name is written into SQL, so anything else is refused here rather than quoted.
     */
    public void setTableName(String tableName) {
        if (tableName == null || !validTableName(tableName)) {
            throw new IllegalArgumentException("Invalid tableName '" + LogText.of(tableName, 100) + "' for"
                    + " JdbcStateRepository: use a table name, optionally schema-qualified (schema.table), each part"
                    + " a letter or '_' followed by up to 62 letters, digits or '_'");
        }
        this.tableName = tableName;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    /** Whether start creates the table when it is absent (default true); off where the schema is managed apart. */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    /** SQL statements this repository has run since it was created: what a poll costs, for tests and operators. */
    public long getStatementCount() {
        return statements.get();
    }

    private static boolean validTableName(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length > 2) {
            return false;
        }
        for (String part : parts) {
            if (!IDENTIFIER.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /** For tests: the dialect to use instead of the detected one (the update-then-insert path on any database). */
    void useDialect(SqlDialect forced) {
        this.forcedDialect = forced;
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalStateException("JdbcStateRepository needs a dataSource: set it by constructor or"
                    + " setDataSource (camel.beans.<name>.dataSource = #bean:<your DataSource>)");
        }
        try (Connection connection = dataSource.getConnection()) {
            SqlDialect detected = forcedDialect != null ? forcedDialect
                    : SqlDialect.of(connection.getMetaData().getDatabaseProductName());
            String ddl = detected.createTable(tableName, MAX_KEY_LENGTH);
            SQLException createFailure = null;
            if (createTable && ddl != null) {
                try {
                    run(connection, ddl);
                } catch (SQLException e) {
                    // Another node may have created it at the same moment, or this user may not create tables
                    // while the table exists: the check below decides.
                    rollbackAfter(connection, e);
                    createFailure = e;
                }
            }
            checkTable(connection, detected, createFailure);
            dialect = detected;
        } catch (SQLException e) {
            throw new IllegalStateException("JdbcStateRepository could not reach its database to check the table "
                    + tableName + ": " + sqlMessage(e), e);
        }
    }

    private void checkTable(Connection connection, SqlDialect detected,
                            SQLException createFailure) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement(
                "SELECT state_key, state_value FROM " + tableName + " WHERE 1 = 0")) {
            check.executeQuery().close();
            finish(connection);
        } catch (SQLException e) {
            rollbackAfter(connection, e);
            String why = createFailure != null ? "creating it failed (" + sqlMessage(createFailure) + ")"
                    : createTable ? "it is missing or unreadable (" + sqlMessage(e) + ")"
                            : "it is missing or unreadable and createTable is false (" + sqlMessage(e) + ")";
            IllegalStateException failure = new IllegalStateException("JdbcStateRepository cannot use the table "
                    + tableName + ": " + why + ". Create it with: " + ddlFor(detected), e);
            if (createFailure != null) {
                failure.addSuppressed(createFailure);
            }
            throw failure;
        }
    }

    /** The DDL to create the table by hand on this database. */
    private String ddlFor(SqlDialect detected) {
        String ddl = detected.createTable(tableName, MAX_KEY_LENGTH);
        return ddl != null ? ddl : "CREATE TABLE " + tableName + " (state_key VARCHAR(" + MAX_KEY_LENGTH
                + ") PRIMARY KEY, state_value CLOB NOT NULL) (state_value: this database's text type without a"
                + " length limit, such as CLOB, TEXT or NVARCHAR(MAX))";
    }

    @Override
    public String getState(String key) {
        return query(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state_value FROM " + tableName + " WHERE state_key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    @Override
    public Map<String, String> getStates(String keyPrefix) {
        if (keyPrefix == null) {
            throw new IllegalArgumentException("JdbcStateRepository.getStates needs a key prefix (\"\" for every"
                    + " entry), not null");
        }
        return query(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT state_key, state_value FROM "
                    + tableName + " WHERE state_key LIKE ? ESCAPE '!'")) {
                select.setString(1, likePrefix(keyPrefix));
                Map<String, String> states = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        states.put(rows.getString(1), rows.getString(2));
                    }
                }
                return states;
            }
        });
    }

    /**
     * Stores the value under the key in one atomic statement; a null value deletes the entry (the
     * {@code StateRepository} SPI has no remove).
     */
    @Override
    public void setState(String key, String value) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("JdbcStateRepository keys are 1 to " + MAX_KEY_LENGTH
                    + " characters; got " + (key == null ? "null" : key.length() + " characters"));
        }
        withConnection("write", connection -> {
            if (value == null) {
                execute(connection, "DELETE FROM " + tableName + " WHERE state_key = ?", key);
            } else {
                upsert(connection, key, value);
            }
            return null;
        });
    }

    /**
     * Retried on a write conflict: a duplicate key when another writer inserted the key between our update and
     * insert (or inside H2's MERGE), a serialization failure or a deadlock. Each attempt is atomic, so a retry
     * never leaves a half-written row; ours is then the later write.
     */
    private void upsert(Connection connection, String key, String value) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                upsertOnce(connection, key, value);
                return;
            } catch (SQLException e) {
                if (attempt >= MAX_UPSERT_ATTEMPTS || !isWriteConflict(e)) {
                    throw e;
                }
                rollback(connection); // PostgreSQL refuses further statements in a transaction that failed
            }
        }
    }

    private void upsertOnce(Connection connection, String key, String value) throws SQLException {
        String upsert = requireDialect().upsert(tableName);
        if (upsert != null) {
            execute(connection, upsert, key, value);
            return;
        }
        if (execute(connection, "UPDATE " + tableName + " SET state_value = ? WHERE state_key = ?", value, key) == 0) {
            execute(connection, "INSERT INTO " + tableName + " (state_key, state_value) VALUES (?, ?)", key, value);
        }
    }

    /** Integrity constraint (23xxx), serialization failure, deadlock, or H2's "concurrent update" (90131). */
    private static boolean isWriteConflict(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("23") || state.equals("40001") || state.equals("40P01")
                || state.equals("90131"));
    }

    private SqlDialect requireDialect() {
        SqlDialect current = dialect;
        if (current == null) {
            throw new IllegalStateException("JdbcStateRepository on table " + tableName + " is not started");
        }
        return current;
    }

    private int execute(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statements.incrementAndGet();
            return statement.executeUpdate();
        }
    }

    private void run(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
        finish(connection);
    }

    /** One SELECT, counted whether or not it succeeds. */
    private <T> T query(SqlWork<T> work) {
        return withConnection("read", connection -> {
            statements.incrementAndGet();
            return work.run(connection);
        });
    }

    private <T> T withConnection(String what, SqlWork<T> work) {
        requireDialect();
        try (Connection connection = dataSource.getConnection()) {
            try {
                T result = work.run(connection);
                finish(connection);
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("JdbcStateRepository could not " + what + " table " + tableName + ": "
                    + sqlMessage(e), e);
        }
    }

    /** Commits when the pool hands out connections without auto-commit, so no write waits in an open transaction. */
    private static void finish(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static void rollback(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    /** Rolls back after a failure; a rollback that fails too is attached to it rather than hiding it. */
    private static void rollbackAfter(Connection connection, Exception failure) {
        try {
            rollback(connection);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The driver's message, bounded and on one line: it may quote SQL and span lines. */
    private static String sqlMessage(SQLException e) {
        return LogText.of(e.getMessage() + " [SQLState " + e.getSQLState() + "]", 300);
    }

    /** The prefix as a LIKE pattern with '!' as the escape, so '%' and '_' in keys match only themselves. */
    static String likePrefix(String prefix) {
        StringBuilder pattern = new StringBuilder(prefix.length() + 1);
        for (char c : prefix.toCharArray()) {
            if (c == '!' || c == '%' || c == '_') {
                pattern.append('!');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    @Override
    public String toString() {
        // Never the DataSource: its toString may carry a JDBC URL with a password.
        return "JdbcStateRepository[table=" + tableName + "]";
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
