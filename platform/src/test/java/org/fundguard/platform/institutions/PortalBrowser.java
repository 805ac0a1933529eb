package org.fundguard.platform.institutions;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, as BrowserIT drives it, with the few steps the portal tests repeat; a
 * failing test leaves a screenshot and the page source under target/screenshots.
 */
final class PortalBrowser implements AutoCloseable {
    static PortalBrowser current;

    final WebDriver driver;
    private final int port;

    private PortalBrowser(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    static PortalBrowser start(int port, Path profile) {
        WebDriver driver = HeadlessChromium.start(profile, HeadlessChromium.DESKTOP);
        current = new PortalBrowser(driver, port);
        return current;
    }

    void signIn(String user) {
        open("/login");
        type("username", user);
        type("password", PlatformIT.PASSWORD);
        driver.findElement(By.id("login")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void signOut() {
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitFor().until(ExpectedConditions.urlContains("/login"));
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    void type(String id, String text) {
        var e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Date inputs take their value in ISO form whatever the browser's locale shows. */
    void date(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
    }

    void click(String id) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    String text(String id) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Screenshots of the pages as they look, kept for the record (target/screenshots/pages). */
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

    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) throws IOException {
            PortalBrowser b = current;
            if (context.getExecutionException().isEmpty() || b == null) {
                return;
            }
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            File shot = ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), b.driver.getPageSource());
        }
    }
}
