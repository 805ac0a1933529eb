package org.fundguard.platform.reports;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.fundguard.platform.HeadlessChromium;
import org.fundguard.platform.PlatformIT;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium as BrowserIT starts it, with the few moves the report tests make. */
final class Chromium implements AutoCloseable {
    static Chromium current;

    final WebDriver driver;
    private final int port;

    private Chromium(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    static Chromium start(int port, Path profile) {
        WebDriver driver = HeadlessChromium.start(profile, HeadlessChromium.PHONE);
        current = new Chromium(driver, port);
        return current;
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    WebElement find(String id) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    void click(String id) {
        WebElement e = waitFor().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", e);
        e.click();
    }

    void type(String id, String text) {
        WebElement e = find(id);
        e.clear();
        e.sendKeys(text);
    }

    String text(String id) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    void signIn(String user) {
        open("/login");
        type("username", user);
        type("password", PlatformIT.PASSWORD);
        click("login");
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void signOut() {
        WebElement b = driver.findElement(By.cssSelector("form[action='/logout'] button"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", b);
        waitFor().until(ExpectedConditions.urlContains("/login"));
    }

    /** A wait that re-reads an element htmx or a submit replaced between finding and reading it (loaded machines). */
    WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void keep(String name) {
        try {
            Path dir = Path.of("target", "screenshots", "pages");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        current = null;
    }

    /** Keeps what the browser showed when a step failed (target/screenshots). */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) throws IOException {
            if (context.getExecutionException().isEmpty() || current == null) {
                return;
            }
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            String name = context.getRequiredTestMethod().getName();
            File shot = ((TakesScreenshot) current.driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), current.driver.getPageSource());
        }
    }
}
