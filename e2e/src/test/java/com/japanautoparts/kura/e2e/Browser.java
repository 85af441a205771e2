package com.japanautoparts.kura.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's chromium, driven through Debian's chromedriver: Selenium Manager downloads
 * nothing), with a fresh profile, its own download folder, and the flags this closed network needs. Screenshots go to
 * {@code e2e/target/screenshots}, the test artifacts.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = env("KURA_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("KURA_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    /** A new browser, Japanese first like a browser in Japan, at desktop width. */
    static Browser open() {
        try {
            Path profile = Files.createTempDirectory("kura-chromium-profile");
            Path downloads = Files.createDirectories(Path.of("target", "downloads")).toAbsolutePath()
                    .resolve(profile.getFileName().toString());
            Files.createDirectories(downloads);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=ja",
                    "--accept-lang=ja,en");
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("intl.accept_languages", "ja,en");
            options.setExperimentalOption("prefs", prefs);
            // The system's driver, named explicitly: Selenium Manager is never asked to find or fetch one.
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
            ChromeDriver driver = new ChromeDriver(ChromeDriverService.createDefaultService(), options);
            driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", false));
            return new Browser(driver, downloads, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a page of the site (through the gateway, as a browser does). */
    void go(String path) {
        driver.get(Kura.GATEWAY + path);
    }

    /**
     * Signs in through Keycloak's login page (authorization code with PKCE; the browser never sees a token), starting
     * from {@code path}, and waits until the site shows that page.
     */
    void signIn(String path, String user) {
        go(path);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Kura.demoPassword(user));
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(Kura.GATEWAY + path));
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks and waits for the next page (forms post, the site answers with a redirect or a page). */
    void submit(String css) {
        WebElement button = find(css);
        button.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(button));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void width(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The whole page (not only the window) as a PNG under target/screenshots. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Number width = (Number) js("return document.documentElement.scrollWidth");
            Number height = (Number) js("return Math.min(document.documentElement.scrollHeight, 6000)");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files the browser has finished downloading (Chromium writes .crdownload until it is done). */
    List<Path> downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's HTML beside its screenshot, for a failure's post-mortem. */
    void keep(String name) {
        try {
            screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
        } catch (RuntimeException | IOException e) {
            // Keeping evidence must not hide the failure itself.
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
