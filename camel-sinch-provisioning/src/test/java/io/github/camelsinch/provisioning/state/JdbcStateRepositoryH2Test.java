package io.github.camelsinch.provisioning.state;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

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
