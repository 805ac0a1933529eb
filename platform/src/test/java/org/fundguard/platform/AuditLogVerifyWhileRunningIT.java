package org.fundguard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.fundguard.platform.auditlog.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bin/fundguard auditlog verify} beside a running platform: the running platform holds its
 * embedded PostgreSQL, so the command connects to that server; an entry changed in the database is
 * named, and the running platform goes on appending afterwards.
 */
class AuditLogVerifyWhileRunningIT {

    @TempDir
    Path dir;

    record Outcome(int exitCode, String out, String err) {
    }

    @Test
    void namesTheFirstBrokenEntryWhileThePlatformRuns() {
        Path dataDir = dir.resolve("data");
        String[] serve = {"--server.port=0", "--fundguard.data-dir=" + dataDir,
                "--fundguard.demo-password=" + PlatformIT.PASSWORD, "--spring.main.banner-mode=off"};
        try (ConfigurableApplicationContext running = SpringApplication.run(PlatformApplication.class, serve)) {
            AuditLog auditLog = running.getBean(AuditLog.class);
            JdbcClient jdbc = running.getBean(JdbcClient.class);
            auditLog.append("tester", "TEST_ACTION", "test:1", "approved 1000.00");
            long tampered = jdbc.sql("select max(seq) from audit_log").query(Long.class).single();
            auditLog.append("tester", "TEST_ACTION", "test:2", "after it");

            Outcome intact = verify(dataDir);
            assertThat(intact.exitCode()).as(intact.err()).isZero();
            assertThat(intact.out()).startsWith("audit log intact: " + (tampered + 1) + " entries");

            jdbc.sql("update audit_log set detail = 'approved 10.00' where seq = ?").param(tampered).update();
            Outcome broken = verify(dataDir);

            assertThat(broken.exitCode()).as(broken.err()).isEqualTo(1);
            assertThat(broken.out()).startsWith("audit log BROKEN at entry " + tampered + ": its content does not match");
            // the command left the running platform's server alone
            auditLog.append("tester", "TEST_ACTION", "test:3", "still appending");
            assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(tampered + 2);
        }
    }

    @Test
    void saysSoWhenTheDirectoryHoldsNoPlatformDatabase() {
        Outcome o = verify(dir.resolve("nothing-here"));

        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("no platform database in").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static Outcome verify(Path dataDir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = PlatformArguments.translate(new String[] {"auditlog", "verify", "--data-dir", dataDir.toString()});
        int code = PlatformCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
