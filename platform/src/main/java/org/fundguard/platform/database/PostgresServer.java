package org.fundguard.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** The embedded PostgreSQL the platform talks to: one it started (and stops), or one already running. */
final class PostgresServer implements AutoCloseable {
    private final String jdbcUrl;
    private final EmbeddedPostgres owned;

    private PostgresServer(String jdbcUrl, EmbeddedPostgres owned) {
        this.jdbcUrl = jdbcUrl;
        this.owned = owned;
    }

    static PostgresServer started(EmbeddedPostgres postgres) {
        return new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"), postgres);
    }

    static PostgresServer running(String jdbcUrl) {
        return new PostgresServer(jdbcUrl, null);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
        }
    }
}
