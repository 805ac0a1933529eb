package org.fundguard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fundguard.platform.auditlog.AuditLogVerifier;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.clues.ClueStatus;
import org.fundguard.platform.runs.RunMode;
import org.fundguard.platform.runs.RunService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The persistent embedded database: what was done before a stop is there after the restart. */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsRunsCluesVerdictsAndTheAuditChainAcrossARestart() {
        Path dataset = dataDir.resolve("region");
        SmallRegion region = SmallRegion.writeTo(dataset, "restart");
        String[] args = {"--server.port=0", "--fundguard.data-dir=" + dataDir.resolve("data"),
                "--fundguard.demo-password=" + PlatformIT.PASSWORD, "--spring.main.banner-mode=off",
                "--fundguard.screen-on-start=" + dataset};

        try (ConfigurableApplicationContext first = SpringApplication.run(PlatformApplication.class, args)) {
            RunService runs = first.getBean(RunService.class);
            // serve --screen: the data set is screened once, on the first start
            assertThat(runs.all()).hasSize(1);
            assertThat(TestRuns.awaitFinished(runs, runs.all().get(0).id()).status()).isEqualTo("DONE");
            TestRuns.awaitFinished(runs, runs.start("restart", dataset, RunMode.IMPORT, "analyst"));
            ClueService clues = first.getBean(ClueService.class);
            clues.assign(region.overPrice, "investigator", "director");
            clues.verify(region.overPrice, org.fundguard.platform.clues.Verdict.CONFIRMED, "属实", null, "investigator");
        }

        try (ConfigurableApplicationContext second = SpringApplication.run(PlatformApplication.class, args)) {
            ClueService clues = second.getBean(ClueService.class);
            assertThat(clues.get(region.overPrice).status()).isEqualTo(ClueStatus.CONFIRMED);
            assertThat(clues.get(region.excessive).status()).isEqualTo(ClueStatus.NEW);
            assertThat(second.getBean(RunService.class).all()).hasSize(2);
            var chain = second.getBean(AuditLogVerifier.class).verify();
            assertThat(chain.intact()).as(chain.reason()).isTrue();
            assertThat(chain.checked()).isGreaterThan(5);
        }
    }
}
