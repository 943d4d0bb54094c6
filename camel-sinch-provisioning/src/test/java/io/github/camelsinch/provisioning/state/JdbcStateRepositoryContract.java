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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What {@link JdbcStateRepository} promises, run on each database by a subclass. Every test gets a table of its
 * own, so the classes can share one server.
 */
abstract class JdbcStateRepositoryContract {

    private static final AtomicInteger TABLES = new AtomicInteger();

    private final List<JdbcStateRepository> started = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    /** The table of this test: fresh, not created yet. */
    protected String table;

    protected abstract DataSource dataSource();

    /** The dialect the repository detects on this database. */
    protected abstract SqlDialect nativeDialect();

    @BeforeEach
    void freshTable() {
        table = newTableName();
    }

    @AfterEach
    void cleanUp() throws SQLException {
        started.forEach(JdbcStateRepository::stop);
        for (String name : tables) {
            sql("DROP TABLE IF EXISTS " + name);
        }
    }

    @Test
    void storesOverwritesAndDeletesByNull() {
        JdbcStateRepository repository = start(new JdbcStateRepository(dataSource(), table));
        assertNull(repository.getState("sinch-prov:abc:index"));

        repository.setState("sinch-prov:abc:index", "one");
        assertEquals("one", repository.getState("sinch-prov:abc:index"));
        repository.setState("sinch-prov:abc:index", "two");
        assertEquals("two", repository.getState("sinch-prov:abc:index"));
        assertEquals(1, rowCount());

        repository.setState("sinch-prov:abc:index", null);
        assertNull(repository.getState("sinch-prov:abc:index"));
        assertEquals(0, rowCount());
        repository.setState("sinch-prov:abc:index", null); // deleting what is not there is no error
        assertEquals(Map.of(), repository.getStates("sinch-prov:"));
    }

    @Test
    void aSecondRepositoryOnTheTableSeesTheWrites() {
        start(new JdbcStateRepository(dataSource(), table)).setState("k", "v");
        assertEquals("v", start(new JdbcStateRepository(dataSource(), table)).getState("k"));
    }

    @Test
    void prefixReadTakesWildcardsAndTheEscapeCharacterLiterally() {
        JdbcStateRepository repository = start(new JdbcStateRepository(dataSource(), table));
        for (String key : List.of("a%b:1", "a%b:2", "axb:1", "a_b:1", "aXb:1", "a!b:1", "a!!b:1", "ab:1", "a!%b:1",
                "A%b:1")) {
            repository.setState(key, "value of " + key);
        }
        assertEquals(Map.of("a%b:1", "value of a%b:1", "a%b:2", "value of a%b:2"), repository.getStates("a%b:"));
        assertEquals(Set.of("a_b:1"), repository.getStates("a_b").keySet());
        assertEquals(Set.of("a!b:1"), repository.getStates("a!b").keySet());
        assertEquals(Set.of("a!!b:1"), repository.getStates("a!!").keySet());
        assertEquals(Set.of("a!%b:1"), repository.getStates("a!%").keySet());
        assertEquals(Set.of("a!b:1", "a!!b:1", "a!%b:1"), repository.getStates("a!").keySet());
        assertEquals(Map.of(), repository.getStates("a%b:1x"));
        assertEquals(10, repository.getStates("").size());
        IllegalArgumentException nullPrefix = assertThrows(IllegalArgumentException.class,
                () -> repository.getStates(null));
        assertTrue(nullPrefix.getMessage().contains("needs a key prefix"), nullPrefix.getMessage());
    }

    @Test
    void keepsAHalfMegabyteValueWhole() {
        JdbcStateRepository repository = start(new JdbcStateRepository(dataSource(), table));
        StringBuilder index = new StringBuilder();
        for (int i = 0; index.length() < 500 * 1024; i++) {
            index.append("template_").append(i).append("%2FEN_\u00e9\u4e2d,"); // non-ASCII too, as ids may hold
        }
        String value = index.toString();
        repository.setState("sinch-prov:big:index", value);

        assertEquals(value, repository.getState("sinch-prov:big:index"));
        assertEquals(value, repository.getStates("sinch-prov:big:").get("sinch-prov:big:index"));
    }

    @Test
    void refusesKeysItCannotStore() {
        JdbcStateRepository repository = start(new JdbcStateRepository(dataSource(), table));
        String tooLong = "k".repeat(JdbcStateRepository.MAX_KEY_LENGTH + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> repository.setState(tooLong, "v"));
        assertEquals("JdbcStateRepository keys are 1 to 1024 characters; got 1025 characters", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> repository.setState("", "v"));
        assertThrows(IllegalArgumentException.class, () -> repository.setState(null, "v"));

        String longest = "k".repeat(JdbcStateRepository.MAX_KEY_LENGTH);
        repository.setState(longest, "v");
        assertEquals("v", repository.getState(longest));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinch_state; DROP TABLE users", "sinch_state--", "sinch_state'", "\"sinch_state\"",
        "a b", "a.b.c", "1table", "", "a..b", ".a", "a.", "tab\nle", "sinch-state"})
    void refusesTableNamesThatAreNotPlainIdentifiers(String name) {
        IllegalArgumentException bySetter = assertThrows(IllegalArgumentException.class,
                () -> new JdbcStateRepository().setTableName(name));
        assertTrue(bySetter.getMessage().startsWith("Invalid tableName '"), bySetter.getMessage());
        assertTrue(bySetter.getMessage().contains("optionally schema-qualified (schema.table), each part a letter"
                + " or '_' followed by up to 62 letters, digits or '_'"),
                bySetter.getMessage());
        assertFalse(bySetter.getMessage().contains("\n"), "the name is shown on one line");
        assertThrows(IllegalArgumentException.class, () -> new JdbcStateRepository(dataSource(), name));
    }

    @Test
    void refusesNullAndOverlongTableNames() {
        assertThrows(IllegalArgumentException.class, () -> new JdbcStateRepository().setTableName(null));
        assertThrows(IllegalArgumentException.class, () -> new JdbcStateRepository().setTableName("t".repeat(64)));
        new JdbcStateRepository().setTableName("t".repeat(63)); // the longest identifier PostgreSQL keeps whole
    }

    @Test
    void usesASchemaQualifiedTable() throws SQLException {
        String schema = "sch_" + table;
        sql("CREATE SCHEMA " + schema);
        try {
            String qualified = schema + ".states";
            JdbcStateRepository repository = start(new JdbcStateRepository(dataSource(), qualified));
            repository.setState("k", "in the schema");

            assertEquals("in the schema", repository.getState("k"));
            assertEquals(1, rowCount(qualified));
            assertNull(start(new JdbcStateRepository(dataSource(), table)).getState("k"),
                    "a table of the same name outside the schema is another table");
        } finally {
            sql("DROP TABLE IF EXISTS " + schema + ".states");
            sql("DROP SCHEMA " + schema);
        }
    }

    @Test
    void withoutCreateTableAMissingTableFailsTheStartWithTheDdl() {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource(), table);
        repository.setCreateTable(false);

        IllegalStateException e = assertThrows(IllegalStateException.class, repository::start);

        assertTrue(e.getMessage().startsWith("JdbcStateRepository cannot use the table " + table
                + ": it is missing or unreadable and createTable is false ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(". Create it with: " + nativeDialect().createTable(table, 1024)),
                e.getMessage());
        assertTrue(e.getMessage().contains("state_key VARCHAR(1024)"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void withoutCreateTableAnExistingTableIsUsed() {
        start(new JdbcStateRepository(dataSource(), table)); // creates it
        JdbcStateRepository repository = new JdbcStateRepository(dataSource(), table);
        repository.setCreateTable(false);
        start(repository).setState("k", "v");
        assertEquals("v", repository.getState("k"));
    }

    @Test
    void nodesStartingTogetherAllGetTheOneTable() throws Exception {
        int nodes = 6;
        CyclicBarrier together = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<JdbcStateRepository>> starts = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                starts.add(pool.submit(() -> {
                    JdbcStateRepository repository = new JdbcStateRepository(dataSource(), table);
                    together.await(10, TimeUnit.SECONDS);
                    repository.start();
                    return repository;
                }));
            }
            for (Future<JdbcStateRepository> start : starts) {
                started.add(start.get(30, TimeUnit.SECONDS)); // a failed start fails the test here
            }
        } finally {
            pool.shutdownNow();
        }
        started.get(0).setState("k", "v");
        assertEquals("v", started.get(nodes - 1).getState("k"));
    }

    @ParameterizedTest(name = "standard update-then-insert: {0}")
    @ValueSource(booleans = {false, true})
    void concurrentWritersOfTheSameKeysLeaveEveryRowWhole(boolean standard) throws Exception {
        start(new JdbcStateRepository(dataSource(), table)); // the table; STANDARD does not create one
        SqlDialect used = standard ? SqlDialect.STANDARD : nativeDialect();
        int writers = 8;
        int rounds = 40;
        int keysPerRound = 3;
        Map<String, Set<String>> written = new ConcurrentHashMap<>();
        CyclicBarrier round = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                JdbcStateRepository repository = new JdbcStateRepository(dataSource(), table);
                repository.useDialect(used);
                start(repository);
                work.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        round.await(30, TimeUnit.SECONDS); // every writer meets the same new keys at once
                        for (int k = 0; k < keysPerRound; k++) {
                            String key = "round" + r + ":key" + k;
                            String value = value(writer, r, k);
                            written.computeIfAbsent(key, x -> ConcurrentHashMap.newKeySet()).add(value);
                            repository.setState(key, value);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : work) {
                writer.get(120, TimeUnit.SECONDS); // an exception in any writer fails the test here
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, String> stored = start(new JdbcStateRepository(dataSource(), table)).getStates("round");
        assertEquals(rounds * keysPerRound, stored.size());
        stored.forEach((key, value) -> assertTrue(written.get(key).contains(value),
                key + " holds a value no writer wrote whole: " + value.substring(0, Math.min(60, value.length()))));
    }

    /** Long and distinct per writer, so a value mixed from two writes would be seen. */
    private static String value(int writer, int round, int key) {
        return "writer" + writer + "/round" + round + "/key" + key + "|" + String.valueOf((char) ('a' + writer))
                .repeat(2000 + 100 * writer) + "|end";
    }

    @Test
    void theStandardDialectUpdatesThenInserts() {
        start(new JdbcStateRepository(dataSource(), table)); // creates the table
        JdbcStateRepository repository = new JdbcStateRepository(dataSource(), table);
        repository.useDialect(SqlDialect.STANDARD);
        start(repository);

        long before = repository.getStatementCount();
        repository.setState("k", "first");
        assertEquals(2, repository.getStatementCount() - before, "a new key: an update of no row, then an insert");
        repository.setState("k", "second");
        assertEquals(3, repository.getStatementCount() - before, "an existing key: the update alone");
        assertEquals("second", repository.getState("k"));
        repository.setState("k", null);
        assertNull(repository.getState("k"));
        assertEquals(0, rowCount());
    }

    @Test
    void theStandardDialectDoesNotCreateTheTableAndNamesTheDdl() {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource(), table);
        repository.useDialect(SqlDialect.STANDARD);

        IllegalStateException e = assertThrows(IllegalStateException.class, repository::start);

        assertTrue(e.getMessage().contains("Create it with: CREATE TABLE " + table + " (state_key VARCHAR(1024)"
                + " PRIMARY KEY, state_value CLOB NOT NULL)"), e.getMessage());
    }

    @Test
    void eachCallIsOneCountedStatement() {
        JdbcStateRepository repository = start(new JdbcStateRepository(dataSource(), table));
        long before = repository.getStatementCount();
        repository.setState("a", "1");
        repository.setState("a", "2");
        repository.getState("a");
        repository.getStates("");
        repository.setState("a", null);
        assertEquals(5, repository.getStatementCount() - before);
    }

    @Test
    void commitsOnConnectionsWithoutAutoCommit() {
        JdbcStateRepository manual = start(new JdbcStateRepository(DataSources.withoutAutoCommit(dataSource()),
                table));
        JdbcStateRepository other = start(new JdbcStateRepository(dataSource(), table));

        manual.setState("k", "committed");
        assertEquals("committed", other.getState("k"));
        manual.setState("k", "again");
        assertEquals("again", other.getState("k"));
        assertEquals(Map.of("k", "again"), manual.getStates(""));
        manual.setState("k", null);
        assertNull(other.getState("k"));
    }

    @Test
    void aRefusedWriteIsReportedAndLeavesTheRowAsItWas() {
        String refused = valueTheDatabaseRefuses();
        assumeTrue(refused != null, "this database stores every string");
        JdbcStateRepository repository = start(new JdbcStateRepository(DataSources.withoutAutoCommit(dataSource()),
                table));
        repository.setState("k", "kept");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> repository.setState("k", refused));

        assertTrue(e.getMessage().startsWith("JdbcStateRepository could not write table " + table + ": "),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals("kept", repository.getState("k")); // and the pooled connection was handed back usable
        repository.setState("k", "next");
        assertEquals("next", repository.getState("k"));
    }

    /** A value this database refuses to store, or null when it stores every string. */
    protected abstract String valueTheDatabaseRefuses();

    @Test
    void toStringNamesTheTableAndNotTheDataSource() {
        String secret = "s3cr3t-Pa55";
        JdbcStateRepository repository = new JdbcStateRepository(
                DataSources.withSecretInToString(dataSource(), secret), table);
        assertEquals("JdbcStateRepository[table=" + table + "]", repository.toString());
        start(repository);
        assertFalse(repository.toString().contains(secret));
    }

    @Test
    void explainsWhatIsMissing() {
        JdbcStateRepository unconfigured = new JdbcStateRepository();
        IllegalStateException noDataSource = assertThrows(IllegalStateException.class, unconfigured::start);
        assertTrue(noDataSource.getMessage().startsWith("JdbcStateRepository needs a dataSource"),
                noDataSource.getMessage());

        JdbcStateRepository notStarted = new JdbcStateRepository(dataSource(), table);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> notStarted.getState("k"));
        assertEquals("JdbcStateRepository on table " + table + " is not started", e.getMessage());
    }

    protected JdbcStateRepository start(JdbcStateRepository repository) {
        repository.start();
        started.add(repository);
        return repository;
    }

    private String newTableName() {
        String name = "state_" + getClass().getSimpleName().toLowerCase(Locale.ROOT).replace("test", "") + "_"
                + TABLES.incrementAndGet();
        tables.add(name);
        return name;
    }

    private int rowCount() {
        return rowCount(table);
    }

    private int rowCount(String name) {
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + name)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    protected void sql(String statement) throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
