package org.fundguard.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.fundguard.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * When no {@code spring.datasource.url} is configured, the platform brings its own PostgreSQL: the
 * server binaries come from a Maven Central artifact, the cluster lives in {@code <data-dir>/pg} and
 * survives restarts. The library's defaults are made for tests (fresh cluster, fsync off); a
 * supervision record must survive a power cut, so the persistent run keeps the directory and turns
 * fsync and full-page writes back on.
 *
 * <p>A one-shot command ({@code bin/fundguard auditlog verify}) started while the platform runs finds
 * that platform's server through the cluster's own {@code postmaster.pid} (readable by the owner
 * only, like the whole cluster directory) and connects to it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    PostgresServer postgresServer(PlatformProperties properties, Environment env) throws IOException {
        if (!properties.ephemeral() && env.containsProperty("fundguard.command")) {
            // a one-shot command (auditlog verify) beside a running platform: its server holds the data
            // directory, so the command connects to that server instead of starting a second one
            Path pg = properties.dataDir().toAbsolutePath().normalize().resolve("pg");
            if (!Files.isRegularFile(pg.resolve("PG_VERSION"))) {
                throw new IllegalStateException("no platform database in " + pg + " (wrong --data-dir?)");
            }
            PostgresServer running = RunningServer.find(pg);
            if (running != null) {
                log.info("connected to the running platform's PostgreSQL for {}", pg);
                return running;
            }
        }
        return PostgresServer.started(start(properties));
    }

    private static EmbeddedPostgres start(PlatformProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (properties.ephemeral()) {
            builder.setCleanDataDirectory(true);
        } else {
            Path pg = properties.dataDir().toAbsolutePath().normalize().resolve("pg");
            Files.createDirectories(pg);
            builder.setDataDirectory(pg)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            log.info("Embedded PostgreSQL keeps its data in {}", pg);
        }
        builder.setServerConfig("max_connections", "50");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not start (is another platform using "
                    + properties.dataDir() + "?)", e);
        }
    }

    @Bean
    DataSource dataSource(PostgresServer postgres, Environment env) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername("postgres");
        config.setPoolName("fundguard-embedded");
        config.setMaximumPoolSize(env.getProperty("fundguard.pool-size", Integer.class, 16));
        return new HikariDataSource(config);
    }
}
