package org.fundguard.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundguard.platform.PlatformIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: an analyst imports the directories, the director draws and publishes, and a visitor who
 * never signs in re-runs the published draw and gets the same hash; the 曝光台 filters by category
 * and year. A failing step leaves a screenshot and the page under target/screenshots.
 */
@PlatformIT
class GovernanceBrowserIT {
    @LocalServerPort
    int port;
    @TempDir
    Path files;
    @TempDir
    Path profile;

    Chromium browser;
    TestInfo test;

    @BeforeEach
    void start(TestInfo info) {
        test = info;
        browser = Chromium.start(port, profile);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void drawPublishAndVerifyWithoutSigningIn() throws Exception {
        step(() -> {
            Path targets = files.resolve("targets.csv");
            Path inspectors = files.resolve("inspectors.csv");
            Files.writeString(targets, GovernanceFixtures.targetsCsv("W", 30), StandardCharsets.UTF_8);
            Files.writeString(inspectors, GovernanceFixtures.inspectorsCsv("W", 16), StandardCharsets.UTF_8);

            browser.signIn("analyst", PlatformIT.PASSWORD);
            browser.open("/governance/targets");
            browser.driver.findElement(By.id("targets-file")).sendKeys(targets.toString());
            browser.click("import-targets");
            // each step waits for the next page itself: reading an element of the page just left races the navigation
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("targets"),
                    GovernanceFixtures.targetCode("W", 30)));
            browser.open("/governance/inspectors");
            browser.driver.findElement(By.cssSelector("input[name=file]")).sendKeys(inspectors.toString());
            browser.driver.findElement(By.cssSelector("form[action='/governance/inspectors/import'] button")).click();
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inspectors"), "IW016"));
            browser.signOut();

            browser.signIn("director", PlatformIT.PASSWORD);
            browser.open("/governance/draws?year=2029");
            browser.type("draw-title", "2029年度双随机抽查（浏览器测试）");
            browser.type("draw-year", "2029");
            browser.type("draw-seed", "2029-01-06 开奖号 07 12 19 23 30 33");
            browser.type("ratio-D", "600");
            browser.click("run-draw");
            browser.waitFor().until(ExpectedConditions.urlMatches("/governance/draws/\\d+$"));
            String hash = browser.text("draw-hash");
            assertThat(hash).hasSize(64);
            assertThat(browser.text("draw-status")).isEqualTo("未公开");
            assertThat(browser.driver.findElements(By.cssSelector("#assignments tbody tr"))).isNotEmpty();
            browser.click("publish-draw");
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("draw-status"), "已公开"));
            String drawUrl = browser.driver.getCurrentUrl();
            String id = drawUrl.substring(drawUrl.lastIndexOf('/') + 1);
            browser.keep("governance-draw");
            browser.signOut();

            browser.open("/open/draws");
            browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(id))).click();
            assertThat(browser.text("draw-hash")).isEqualTo(hash);
            browser.click("verify-public");
            assertThat(browser.driver.findElement(By.id("verify-outcome")).getAttribute("data-verified")).isEqualTo("true");
            assertThat(browser.text("recomputed-hash")).isEqualTo(hash);
            assertThat(browser.text("same-result")).isEqualTo("是");
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
            browser.keep("governance-verify");
        });
    }

    @Test
    void theDisclosureBoardFiltersByCategoryAndYear() throws Exception {
        step(() -> {
            browser.signIn("director", PlatformIT.PASSWORD);
            publish("浏览器曝光：分解住院", "SPLIT_ADMISSION", "2019", "赵六");
            publish("浏览器曝光：药品倒卖", "DRUG_RESALE", "2019", "");
            publish("浏览器曝光：分解住院旧案", "SPLIT_ADMISSION", "2018", "");
            browser.signOut();

            browser.open("/open/disclosures");
            new Select(browser.driver.findElement(By.id("board-category"))).selectByValue("SPLIT_ADMISSION");
            new Select(browser.driver.findElement(By.id("board-year"))).selectByValue("2019");
            browser.click("board-apply");
            browser.waitFor().until(ExpectedConditions.urlContains("category=SPLIT_ADMISSION"));
            List<String> titles = browser.driver.findElements(By.cssSelector("section.disclosure h2")).stream()
                    .map(WebElement::getText).toList();
            assertThat(titles).contains("浏览器曝光：分解住院").doesNotContain("浏览器曝光：药品倒卖", "浏览器曝光：分解住院旧案");
            String page = browser.driver.getPageSource();
            assertThat(page).contains("赵*").doesNotContain("赵六");
            browser.keep("governance-board");
        });
    }

    @Test
    void drawsTheStatisticsChartsAndOffersBothExports() throws Exception {
        step(() -> {
            browser.signIn("legal", PlatformIT.PASSWORD);
            browser.open("/governance/statistics?lang=en");
            for (String chart : new String[] {"chart-enforcement", "chart-sources", "chart-categories", "chart-trend"}) {
                browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
            }
            assertThat(browser.text("export-xlsx")).isEqualTo("Export Excel");
            assertThat(browser.driver.findElement(By.id("export-pdf")).getAttribute("href")).contains("/governance/statistics/export.pdf?month=");
            browser.keep("governance-statistics");
            browser.open("/governance/statistics?lang=zh_CN");
        });
    }

    private void publish(String title, String category, String year, String person) {
        browser.open("/governance/disclosures");
        browser.type("disc-title", title);
        new Select(browser.driver.findElement(By.id("disc-category"))).selectByValue(category);
        browser.type("disc-year", year);
        browser.type("disc-institution-name", "浏览器测试医院");
        browser.type("disc-person", person);
        browser.type("disc-summary", (person.isEmpty() ? "某医院" : person) + "违规，金额已追回。");
        browser.type("disc-amount", "2000");
        browser.click("publish-disclosure");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("disclosures"), title));
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs the steps; on failure keeps the screenshot and page before rethrowing. */
    private void step(Step s) throws Exception {
        try {
            s.run();
        } catch (Exception | AssertionError e) {
            browser.keep(test.getTestMethod().map(m -> m.getName()).orElse("governance"));
            throw e;
        }
    }
}
