package org.fundguard.platform.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.SmallRegion;
import org.fundguard.platform.TestRuns;
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

/**
 * 自查自纠 in Chromium: 康宁医院 runs its self-inspection of the first quarter, returns part (the
 * over-priced line), disputes part (the visit after death), submits; the director reads the frozen
 * report; a later agency run finds what the report did not disclose (the peer comparison) and the report
 * and the clue show "自查未发现".
 */
@PlatformIT
@ExtendWith(PortalBrowser.ScreenshotOnFailure.class)
class SelfInspectionBrowserIT {
    @LocalServerPort
    int port;
    @TempDir
    Path dataset;
    @TempDir
    Path profile;
    @Autowired
    RunService runs;
    @Autowired
    InstitutionAccounts accounts;
    @Autowired
    SelfInspectionService inspections;

    PortalBrowser browser;

    @BeforeEach
    void startChromium() {
        browser = PortalBrowser.start(port, profile);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void institutionReturnsPartDisputesPartSubmitsAndALaterRunMarksWhatItMissed() {
        SmallRegion region = SmallRegion.writeTo(dataset, "selfcheck");
        RegionLeads.keepOnly(dataset, region.overPrice, region.excessive);
        // the agency's settlement data of the quarter are loaded, and 康宁医院's login is bound to it
        assertThat(TestRuns.awaitFinished(runs, runs.start("一季度结算", dataset, RunMode.IMPORT, "analyst")).status())
                .isEqualTo("DONE");
        accounts.bind("inst1", SmallRegion.H_KANGNING, "admin");

        browser.signIn("inst1");
        assertThat(browser.text("institution-name")).isEqualTo("康宁医院");
        browser.date("period-from", "2024-01-01");
        browser.date("period-to", "2024-03-31");
        browser.click("start-inspection");
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("submit-form")));
        long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/self-inspections/(\\d+).*", "$1"));
        List<Hit> hits = inspections.hits(id);
        Hit overPrice = hits.stream().filter(h -> h.subjectId().equals("F003-0")).findFirst().orElseThrow();
        assertThat(browser.text("hit-" + overPrice.leadId())).contains("血常规").contains("F003-0");
        browser.keep("self-inspection");

        for (Hit h : hits) {
            new Select(browser.driver.findElement(By.id("disposition-" + h.leadId())))
                    .selectByValue(h == overPrice ? "RETURNED" : h.category().equals("DECEASED_CLAIM") ? "DISPUTED" : "CORRECTED");
            if (h == overPrice) {
                browser.type("returned-" + h.leadId(), "9.60");
            } else if (h.category().equals("DECEASED_CLAIM")) {
                browser.type("reason-" + h.leadId(), "死亡登记有误，附户籍证明");
            }
            browser.click("save-" + h.leadId());
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("answer-text-" + h.leadId())));
        }
        browser.type("summary", "超标准收费已退还，死亡后就诊有异议");
        browser.click("submit-report");

        assertThat(browser.text("report-status")).isEqualTo("已提交");
        assertThat(browser.text("returned-total")).isEqualTo("9.60");
        assertThat(browser.driver.findElements(By.id("submit-form"))).isEmpty();
        browser.signOut();

        browser.signIn("director");
        browser.click("nav-self-inspections");
        browser.click("report-" + id);
        assertThat(browser.text("report-summary")).contains("超标准收费已退还");
        assertThat(browser.text("answer-text-" + overPrice.leadId())).contains("主动退还").contains("9.60");
        assertThat(browser.text("no-gaps")).isNotEmpty();
        browser.signOut();

        browser.signIn("analyst");
        browser.open("/runs");
        browser.type("dataset", "稽核复查");
        browser.type("path", dataset.toString());
        new Select(browser.driver.findElement(By.id("mode"))).selectByValue("IMPORT");
        browser.click("start-run");
        browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("run-status"), "data-status", "DONE"));
        browser.signOut();

        browser.signIn("director");
        browser.open("/institutions/self-inspections/" + id);
        browser.waitFor().until(d -> {
            if (d.findElements(By.id("gap-" + region.excessive)).isEmpty()) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        assertThat(browser.text("gap-" + region.excessive)).contains("自查未发现").contains("480.00");
        assertThat(browser.text("flag-UNDISCLOSED_HITS")).contains("自查报告不实");
        browser.keep("self-inspection-agency");
        browser.driver.findElement(By.linkText(region.excessive)).click();
        assertThat(browser.text("self-inspection-gap-" + id)).contains("自查未发现");
    }
}
