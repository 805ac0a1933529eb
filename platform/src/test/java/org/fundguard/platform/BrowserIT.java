package org.fundguard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's day in Debian's Chromium, headless: the analyst imports a data run and assigns a clue,
 * the investigator opens it from the inbox, reads the evidence and records 成立. A failing step
 * leaves a screenshot and the page source under target/screenshots.
 */
@PlatformIT
@ExtendWith(BrowserIT.ScreenshotOnFailure.class)
class BrowserIT {

    @LocalServerPort
    int port;
    @TempDir
    Path dataset;
    @TempDir
    Path profile;

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
    void walksALeadFromDataRunToVerification() {
        SmallRegion region = SmallRegion.writeTo(dataset, "browser");

        signIn("analyst");
        open("/runs");
        type("dataset", "浏览器测试");
        type("path", dataset.toString());
        new Select(driver.findElement(By.id("mode"))).selectByValue("IMPORT");
        driver.findElement(By.id("start-run")).click();
        waitFor().until(ExpectedConditions.attributeToBe(By.id("run-status"), "data-status", "DONE"));
        driver.findElement(By.id("to-inbox")).click();

        new Select(driver.findElement(By.name("category"))).selectByValue("OVER_PRICE");
        driver.findElement(By.id("filter")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(region.overPrice))).click();
        assertThat(driver.findElement(By.id("explanation")).getText()).contains("超收15.00元");
        assertThat(driver.findElement(By.id("fee-lines")).getText()).contains("F003-0").contains("血常规");
        new Select(driver.findElement(By.id("investigator"))).selectByValue("investigator");
        driver.findElement(By.id("assign")).click();
        assertThat(text("clue-status")).isEqualTo("核查中");
        signOut();

        signIn("investigator");
        waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(region.overPrice))).click();
        assertThat(driver.findElement(By.id("person")).getText()).contains("李*").doesNotContain("李四");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#peer-chart canvas")));
        keep("lead-detail");
        driver.findElement(By.id("verdict-CONFIRMED")).click();
        type("reason", "调取收费票据，血常规按35元收取属实");
        driver.findElement(By.id("verify")).click();

        assertThat(text("clue-status")).isEqualTo("成立");
        assertThat(text("verdict")).contains("调取收费票据");
    }

    @Test
    void drawsTheDashboardCharts() {
        SmallRegion.writeTo(dataset, "dash");
        signIn("analyst");
        open("/runs");
        type("dataset", "看板");
        type("path", dataset.toString());
        new Select(driver.findElement(By.id("mode"))).selectByValue("IMPORT");
        driver.findElement(By.id("start-run")).click();
        waitFor().until(ExpectedConditions.attributeToBe(By.id("run-status"), "data-status", "DONE"));

        open("/dashboard");

        for (String chart : new String[] {"chart-category", "chart-money", "chart-institutions", "chart-trend"}) {
            waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
        }
        assertThat(text("at-stake")).isNotEqualTo("0.00");
        keep("dashboard");
    }

    @Test
    void switchesTheInterfaceToEnglish() {
        signIn("director");
        open("/dashboard?lang=en");

        assertThat(driver.findElement(By.id("nav-inbox")).getText()).isEqualTo("Clue inbox");
        open("/dashboard");
        assertThat(driver.findElement(By.id("nav-inbox")).getText()).isEqualTo("Clue inbox");
        open("/dashboard?lang=zh_CN");
        assertThat(driver.findElement(By.id("nav-inbox")).getText()).isEqualTo("线索池");
    }

    /** Screenshots of the pages as they look, kept for the record (target/screenshots/pages). */
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
        driver.findElement(By.id("login")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void signOut() {
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitFor().until(ExpectedConditions.urlContains("/login"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        var e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
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
