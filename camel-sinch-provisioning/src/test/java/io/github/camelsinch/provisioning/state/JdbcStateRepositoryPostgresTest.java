package io.github.camelsinch.provisioning.state;

import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;

/** The repository on a real PostgreSQL server, the reference database. */
class JdbcStateRepositoryPostgresTest extends JdbcStateRepositoryContract {

    @RegisterExtension
    static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

    @Override
    protected DataSource dataSource() {
        return POSTGRES.dataSource();
    }

    @Override
    protected SqlDialect nativeDialect() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    protected String valueTheDatabaseRefuses() {
        return "before\u0000after"; // PostgreSQL text cannot hold NUL
    }
}
