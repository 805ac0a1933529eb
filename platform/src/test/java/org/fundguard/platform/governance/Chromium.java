package org.fundguard.platform.governance;

import org.fundguard.platform.HeadlessChromium;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, with the steps a governance browser test takes (the same setup as
 * BrowserIT: never a downloaded driver; skipped when Chromium is absent outside CI).
 */
final class Chromium implements AutoCloseable {

    final WebDriver driver;
    private final int port;

    private Chromium(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    static Chromium start(int port, Path profile) {
        WebDriver driver = HeadlessChromium.start(profile, HeadlessChromium.DESKTOP);
        return new Chromium(driver, port);
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    void signIn(String user, String password) {
        open("/login");
        type("username", user);
        type("password", password);
        driver.findElement(By.id("login")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void signOut() {
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitFor().until(ExpectedConditions.urlContains("/login"));
    }

    void type(String id, String text) {
        var e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
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

    /** Keeps what the browser shows (target/screenshots), e.g. when a step failed. */
    void keep(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
