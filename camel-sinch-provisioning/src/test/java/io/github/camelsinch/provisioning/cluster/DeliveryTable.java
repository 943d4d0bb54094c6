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
package io.github.camelsinch.provisioning.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code failover_deliveries} in the shared PostgreSQL: each node's route inserts one row per exchange
 * before the exchange completes (so a change delivered but not yet committed by a node that is then killed still
 * counts as delivered), and the test reads them. Single-threaded on the test side: one connection.
 */
final class DeliveryTable {

    /** One row: what the route received, which node process delivered it and when (epoch ms, the node's clock). */
    record Delivery(long id, String dedupKey, String resourceId, String changeType, String previousStatus,
                    String newStatus, String node, long atMillis, int batchIndex, int batchSize) {

        /** Whether the consumer's batch had more exchanges after this one. */
        boolean batchGoesOn() {
            return batchIndex < batchSize - 1;
        }
    }

    static final String INSERT = "INSERT INTO failover_deliveries (dedup_key, resource_id, change_type,"
            + " previous_status, new_status, node, at_ms, batch_index, batch_size)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String COLUMNS = "id, dedup_key, resource_id, change_type, previous_status, new_status,"
            + " node, at_ms, batch_index, batch_size";

    private final Connection connection;

    DeliveryTable(Connection connection) {
        this.connection = connection;
    }

    void create() throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE failover_deliveries (id BIGSERIAL PRIMARY KEY, dedup_key TEXT NOT NULL,"
                    + " resource_id TEXT NOT NULL, change_type TEXT NOT NULL, previous_status TEXT,"
                    + " new_status TEXT, node TEXT NOT NULL, at_ms BIGINT NOT NULL, batch_index INT NOT NULL,"
                    + " batch_size INT NOT NULL)");
        }
    }

    /** The highest row id so far (0 when empty): rows above it are the ones delivered from now on. */
    long lastId() {
        return single("SELECT COALESCE(MAX(id), 0) FROM failover_deliveries", ps -> {});
    }

    long countAfter(long id) {
        return single("SELECT COUNT(*) FROM failover_deliveries WHERE id > ?", ps -> ps.setLong(1, id));
    }

    long countAfter(long id, String node) {
        return single("SELECT COUNT(*) FROM failover_deliveries WHERE id > ? AND node = ?", ps -> {
            ps.setLong(1, id);
            ps.setString(2, node);
        });
    }

    /** Distinct (resource, new status) pairs delivered after the row id: how much of a round has arrived. */
    long distinctChangesAfter(long id) {
        return single("SELECT COUNT(DISTINCT (resource_id, new_status)) FROM failover_deliveries WHERE id > ?",
                ps -> ps.setLong(1, id));
    }

    /** The latest row after the given id, if any. */
    Optional<Delivery> lastAfter(long id) {
        List<Delivery> rows = query("SELECT " + COLUMNS + " FROM failover_deliveries WHERE id > ?"
                + " ORDER BY id DESC LIMIT 1", ps -> ps.setLong(1, id));
        return rows.stream().findFirst();
    }

    /** The first row another node delivered at or after the given time. */
    Optional<Delivery> firstByOtherNodeSince(String node, long atMillis) {
        List<Delivery> rows = query("SELECT " + COLUMNS + " FROM failover_deliveries WHERE node <> ? AND at_ms >= ?"
                + " ORDER BY id LIMIT 1", ps -> {
                    ps.setString(1, node);
                    ps.setLong(2, atMillis);
                });
        return rows.stream().findFirst();
    }

    /** Whether the baseline of the watching consumer is in the shared state table. */
    boolean baselineStored() {
        if (single("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'sinch_state'", ps -> {}) == 0) {
            return false; // the first node's state repository has not created it yet
        }
        return single("SELECT COUNT(*) FROM sinch_state WHERE state_key LIKE '%:baseline'", ps -> {}) > 0;
    }

    List<Delivery> all() {
        return query("SELECT " + COLUMNS + " FROM failover_deliveries ORDER BY id", ps -> {});
    }

    private long single(String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private List<Delivery> query(String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            List<Delivery> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getInt(9),
                            rs.getInt(10)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
