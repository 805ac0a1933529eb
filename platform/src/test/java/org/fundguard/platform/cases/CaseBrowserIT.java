package org.fundguard.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.fundguard.platform.HeadlessChromium;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.clues.SourceKind;
import org.fundguard.platform.clues.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case worked in Debian's Chromium, headless, each step by the duty that takes it: the director files the
 * verified clue and assigns two investigators; the investigator records the interview (refused with one
 * officer), serves the notice and records the statement; the legal reviewer approves; the director records
 * the collective discussion and decides within the lawful range the page shows; the investigator records the
 * payment; the director closes. Roles without the duty are refused. Screenshots under target/screenshots.
 */
@PlatformIT
@ExtendWith(CaseBrowserIT.ScreenshotOnFailure.class)
class CaseBrowserIT {

    @LocalServerPort
    int port;
    @TempDir
    Path profile;
    @Autowired
    ClueService clues;

    static WebDriver driver;

    @BeforeEach
    void startChromium() {
        driver = HeadlessChromium.start(profile, HeadlessChromium.DESKTOP);
    }

    @AfterEach
    void stopChromium() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Test
    void walksAVerifiedClueThroughTheCaseToClosureAsTheDutiesThatMayDoEachStep() {
        String clueId = clues.register(new ClueService.ManualClue(SourceKind.REPORT, "OVER_PRICE", "H-BROWSER", null,
                new java.math.BigDecimal("1234.56"), "JB-2026-9", "举报血常规超标准收费", PlatformIT.TODAY), "intake");
        clues.assign(clueId, "investigator", "director");
        clues.verify(clueId, Verdict.CONFIRMED, "核对收费票据属实", null, "investigator");

        signIn("director");
        open("/leads/" + clueId);
        click("open-case");
        String caseNo = text("case-no");
        open("/cases");
        waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(caseNo))).click();
        awaitStatus("FILED");
        click("assign-investigator");
        click("assign-investigator2");
        click("assign");
        awaitStatus("INVESTIGATING");
        String casePage = driver.getCurrentUrl();
        signOut();

        signIn("investigator");
        open("/cases/new");
        assertThat(driver.getPageSource()).contains("无权访问");
        driver.get(casePage);
        assertThat(driver.findElements(By.id("assign-form"))).isEmpty();
        fillInterview(List.of("investigator"));
        assertThat(text("flash-problem")).contains("不得少于两人");
        fillInterview(List.of("investigator", "investigator2"));
        assertThat(driver.findElement(By.id("records")).getText()).contains("询问笔录").contains("王**").doesNotContain("王大明");
        type("notice-proposal", "拟责令退回1234.56元，并处罚款2000.00元");
        click("notice-major");
        click("issue-notice");
        awaitStatus("NOTIFIED");
        click("submit-case");
        assertThat(text("flash-problem")).contains("陈述申辩期限");
        type("statement-content", "对收费标准理解有误，已退费整改");
        click("record-statement");
        click("submit-case");
        awaitStatus("LEGAL_REVIEW");
        assertThat(driver.findElements(By.id("review-form"))).isEmpty();
        signOut();

        signIn("legal");
        driver.get(casePage);
        click("review-approve");
        type("review-opinion", "事实清楚，证据确实充分，适用条例第三十八条正确");
        click("review");
        awaitStatus("DISCUSSION");
        signOut();

        signIn("director");
        driver.get(casePage);
        type("discussion-participants", "赵强\n钱敏\n孙丽");
        type("discussion-conclusion", "同意按一般档次处理");
        click("record-discussion");
        awaitStatus("DECIDING");
        assertThat(driver.findElement(By.id("range-FINE")).getText()).contains("1234.56元至2469.12元");
        type("value-RETURN_LOSS", "1234.56");
        type("value-FINE", "1000.00");
        new Select(driver.findElement(By.id("decision-level"))).selectByValue("GENERAL");
        type("decision-reason", "初次违规，主动退费整改");
        click("decide");
        assertThat(text("flash-problem")).contains("低于法定下限");
        type("value-RETURN_LOSS", "1234.56");
        type("value-FINE", "2000.00");
        new Select(driver.findElement(By.id("decision-level"))).selectByValue("GENERAL");
        type("decision-reason", "初次违规，主动退费整改");
        click("decide");
        awaitStatus("EXECUTING");
        assertThat(text("recovery-outstanding")).isEqualTo("3234.56");
        keep("case-decided");
        signOut();

        signIn("investigator");
        driver.get(casePage);
        assertThat(driver.findElements(By.id("close-form"))).isEmpty();
        type("payment-amount", "3234.56");
        type("payment-reference", "非税收入缴款书 NO.0001");
        click("record-payment");
        assertThat(text("recovery-outstanding")).isEqualTo("0.00");
        signOut();

        signIn("director");
        driver.get(casePage);
        type("close-summary", "款项已全部缴清，结案");
        click("close-case");
        awaitStatus("CLOSED");
        assertThat(driver.findElement(By.id("documents")).getText()).contains("行政处理决定书").contains("行政处理事先告知书")
                .contains("询问笔录");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("法制审核通过").contains("作出处理决定").contains("结案");
        keep("case-closed");
    }

    private void fillInterview(List<String> officers) {
        new Select(driver.findElement(By.id("record-kind"))).selectByValue("INTERVIEW");
        type("record-place", "医院行政楼会议室");
        String day = PlatformIT.TODAY.toString();
        setValue("record-start", day + "T09:00");
        setValue("record-end", day + "T10:00");
        type("record-party", "王大明");
        type("record-party-role", "收费科科长");
        type("record-content", "问：血常规如何收费？答：按35元收取。");
        for (String o : officers) {
            click("record-officer-" + o);
        }
        click("add-record");
    }

    /**
     * Waits for the case page to show {@code expected}: after a click the old page may still be there (its status
     * read too early) or be replaced while it is read (a stale element), so the status is read until it matches.
     */
    private void awaitStatus(String expected) {
        try {
            waitFor().ignoring(StaleElementReferenceException.class).until(d -> {
                List<WebElement> s = d.findElements(By.id("case-status"));
                return !s.isEmpty() && expected.equals(s.get(0).getAttribute("data-status"));
            });
        } catch (TimeoutException e) {
            List<WebElement> s = driver.findElements(By.id("case-status"));
            assertThat(s.isEmpty() ? "no case status on " + driver.getCurrentUrl() : s.get(0).getAttribute("data-status"))
                    .as("case status").isEqualTo(expected);
        }
    }

    private void keep(String name) {
        try {
            Path dir = Path.of("target", "screenshots", "pages");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void signIn(String user) {
        open("/login");
        type("username", user);
        type("password", PlatformIT.PASSWORD);
        click("login");
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void signOut() {
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitFor().until(ExpectedConditions.urlContains("/login"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Clicks; a submit button is followed until its page is gone, so the next step never acts on the old page. */
    private void click(String id) {
        WebElement e = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        boolean submits = "button".equals(e.getTagName()) || "submit".equals(e.getAttribute("type"));
        WebElement page = driver.findElement(By.tagName("html"));
        e.click();
        if (submits) {
            // the case pages post plain forms: wait for the next page, or the old one's elements are read
            waitFor().until(ExpectedConditions.stalenessOf(page));
        }
    }

    private void type(String id, String text) {
        WebElement e = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        e.clear();
        e.sendKeys(text);
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
    }

    private String text(String id) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Keeps what the browser showed when a step failed. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) throws IOException {
            if (context.getExecutionException().isEmpty() || driver == null) {
                return;
            }
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            String name = context.getRequiredTestMethod().getName();
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        }
    }
}
