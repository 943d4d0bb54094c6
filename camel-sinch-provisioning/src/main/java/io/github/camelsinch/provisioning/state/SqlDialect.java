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

import java.util.Locale;

/**
 * The few statements of {@link JdbcStateRepository} that differ between databases: the table definition and the
 * atomic upsert. Picked from the JDBC driver's product name; a database not named here gets standard SQL and an
 * update-then-insert upsert that retries on a duplicate key.
 */
enum SqlDialect {

    /** {@code COLLATE "C"}: byte order, so a prefix {@code LIKE} uses the primary key index whatever the locale. */
    POSTGRESQL("CREATE TABLE IF NOT EXISTS %s (state_key VARCHAR(%d) COLLATE \"C\" PRIMARY KEY,"
            + " state_value TEXT NOT NULL)",
            "INSERT INTO %s (state_key, state_value) VALUES (?, ?)"
                    + " ON CONFLICT (state_key) DO UPDATE SET state_value = EXCLUDED.state_value"), H2(
                            "CREATE TABLE IF NOT EXISTS %s (state_key VARCHAR(%d) PRIMARY KEY, state_value CHARACTER LARGE OBJECT NOT NULL)",
                            "MERGE INTO %s (state_key, state_value) KEY (state_key) VALUES (?, ?)"), MYSQL(
                                    "CREATE TABLE IF NOT EXISTS %s (state_key VARCHAR(%d) CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,"
                                            + " state_value LONGTEXT NOT NULL)",
                                    "INSERT INTO %s (state_key, state_value) VALUES (?, ?) ON DUPLICATE KEY UPDATE state_value = VALUES(state_value)"),
    /** No portable "if not exists" nor upsert: the table is expected to exist (see docs/consumer.md for the DDL). */
    STANDARD(null, null);

    private final String createTable;
    private final String upsert;

    SqlDialect(String createTable, String upsert) {
        this.createTable = createTable;
        this.upsert = upsert;
    }

    static SqlDialect of(String databaseProductName) {
        String name = databaseProductName == null ? "" : databaseProductName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return MYSQL;
        }
        return STANDARD;
    }

    /** The DDL, or null when this dialect has no create-if-absent statement. */
    String createTable(String table, int maxKeyLength) {
        return createTable == null ? null : createTable.formatted(table, maxKeyLength);
    }

    /** The single-statement upsert, or null when the repository must update then insert. */
    String upsert(String table) {
        return upsert == null ? null : upsert.formatted(table);
    }
}
