package org.fundguard.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.SmallRegion;
import org.fundguard.platform.TestRuns;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.clues.Verdict;
import org.fundguard.platform.runs.RunMode;
import org.fundguard.platform.runs.RunService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen reports anonymously from a phone-sized window, the intake officer accepts, the citizen sees it on
 * the query page; once the clue is verified the officer computes the reward with the Wuhan preset, the
 * director approves it, and the citizen sees the reward and how it was computed.
 */
@PlatformIT
@ExtendWith(Chromium.ScreenshotOnFailure.class)
class ReportBrowserIT {
    @LocalServerPort
    int port;
    @Autowired
    RunService runs;
    @Autowired
    ClueService clues;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dataset;
    @TempDir
    Path profile;
    @TempDir
    Path files;

    Chromium b;

    @BeforeEach
    void start() {
        SmallRegion.writeTo(dataset, "browser-report");
        TestRuns.awaitFinished(runs, runs.start("举报浏览器", dataset, RunMode.IMPORT, "analyst"));
        b = Chromium.start(port, profile);
    }

    @AfterEach
    void stop() {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void anAnonymousReporterFollowsTheReportFromSubmissionToTheReward() throws Exception {
        Path evidence = Files.write(files.resolve("收费票据.png"), PublicForm.PNG);

        b.open("/report");
        b.click("actor-MEDICAL_INSTITUTION");
        b.click("behaviour-MI-10");
        b.type("subject", "康宁医院");
        b.type("description", "血常规检查每次收费35元，高于医保限价，三个月来一直如此。");
        b.type("amount", "50000");
        b.find("attachments").sendKeys(evidence.toString());
        b.click("privacyAccepted");
        String[] q = b.text("challenge-question").replace("= ?", "").split("\\+");
        b.type("challengeAnswer", String.valueOf(Integer.parseInt(q[0].strip()) + Integer.parseInt(q[1].strip())));
        b.keep("report-form");
        b.click("submit-report");

        String code = b.text("query-code");
        String password = b.text("query-password");
        b.keep("report-submitted");
        String id = jdbc.sql("select id from reports where query_code = ?").param(code).query(String.class).single();

        b.signIn("intake");
        b.open("/reports/register");
        b.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(id))).click();
        new Select(b.find("category")).selectByValue("OVER_PRICE");
        b.click("accept");
        b.waitFor().until(ExpectedConditions.attributeToBe(By.id("report-status"), "data-status", "ACCEPTED"));
        String clueId = b.text("clue-link");
        b.signOut();

        followAs(code, password);
        assertThat(b.text("status-label")).isEqualTo("已受理");
        assertThat(b.text("outcome")).isEqualTo("核查中");

        clues.assign(clueId, "investigator", "analyst");
        clues.verify(clueId, Verdict.CONFIRMED, "调取收费票据，超标准收费属实", new BigDecimal("50000"), "investigator");

        b.signIn("intake");
        b.open("/reports/" + id);
        assertThat(b.text("outcome")).isEqualTo("查证属实");
        new Select(b.find("policy")).selectByValue("wuhan");
        assertThat(b.find("verifiedAmount").getAttribute("value")).isEqualTo("50000.00");
        b.click("assess-reward");
        assertThat(b.text("reward-amount")).isEqualTo("1000.00");
        assertThat(b.text("reward-status")).isEqualTo("奖励审批中");
        b.signOut();

        b.signIn("director");
        b.open("/reports/" + id);
        b.click("approve-reward");
        assertThat(b.text("reward-status")).isEqualTo("奖励已批准");
        b.signOut();

        followAs(code, password);
        assertThat(b.text("outcome")).isEqualTo("查证属实");
        assertThat(b.text("reward-amount")).isEqualTo("1000.00");
        assertThat(b.text("reward-steps")).contains("查实金额 50000.00 元，奖励比例 2%，计 1000.00 元");
        b.keep("report-status-reward");
    }

    private void followAs(String code, String password) {
        b.open("/report/status");
        b.type("queryCode", code);
        b.type("statusPassword", password);
        b.click("check-status");
    }
}
