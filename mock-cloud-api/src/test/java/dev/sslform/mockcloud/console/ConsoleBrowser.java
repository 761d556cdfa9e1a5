package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.MockCloud;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven through {@code /usr/bin/chromedriver} (set explicitly,
 * so Selenium Manager never runs and nothing is fetched), with a fresh profile and download
 * folder each time. Waiting for a page to change is a poll with a deadline ({@link WebDriverWait}).
 * Screenshots go to {@code docs/img/}, where the README and docs/mockcloud.md show them.
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Duration DEADLINE = Duration.ofSeconds(20);

    final WebDriver driver;
    String base;
    final Path profile;
    final Path downloads;

    /** Skips the calling test, loudly, only where no browser is installed (bin/test installs one when it can). */
    static void assumeAvailable() {
        boolean ok = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!ok) {
            System.err.println("""
                    ************************************************************************************
                    *  SKIPPING THE CONSOLE'S BROWSER TESTS: /usr/bin/chromium or /usr/bin/chromedriver  *
                    *  is missing. Install them (Debian/Ubuntu: apt-get install chromium chromium-driver; *
                    *  bin/test does this when run as root) to run the console's browser tests.          *
                    ************************************************************************************""");
        }
        Assumptions.assumeTrue(ok, "no Chromium: apt-get install chromium chromium-driver");
    }

    ConsoleBrowser(MockCloud server) {
        this();
        use(server);
    }

    /** A browser not yet pointed at a server: call {@link #use} before opening pages. */
    ConsoleBrowser() {
        try {
            this.profile = Files.createTempDirectory("console-chromium-profile");
            this.downloads = Files.createTempDirectory("console-chromium-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    void use(MockCloud server) {
        this.base = server.url();
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String secretId, String secretKey) {
        open("/console");
        driver.findElement(By.name("SecretId")).sendKeys(secretId);
        driver.findElement(By.name("SecretKey")).sendKeys(secretKey);
        driver.findElement(By.xpath("//button[normalize-space()='Log in']")).click();
        until("signed in as " + secretId, d -> d.findElements(By.id("account")).stream().anyMatch(e -> e.getText().equals(secretId)));
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    String text(By by) {
        return until("an element " + by, d -> {
            var found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0).getText();
        });
    }

    /** Polls until the element's text is {@code expected}; the page changes by itself or after an action. */
    void waitText(By by, String expected) {
        until(by + " reading \"" + expected + "\" (it reads \"" + safeText(by) + "\")", d -> expected.equals(safeText(by)));
    }

    void waitTextContains(By by, String expected) {
        until(by + " containing \"" + expected + "\"", d -> {
            String t = safeText(by);
            return t != null && t.contains(expected);
        });
    }

    private String safeText(By by) {
        try {
            var found = driver.findElements(by);
            return found.isEmpty() ? null : found.get(0).getText();
        } catch (StaleElementReferenceException e) {
            return null;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (detached(e)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Chromedriver sometimes reports an element htmx replaced between finding it and reading it
     * not as a stale element but as an inspector error ("Node with given id does not belong to the
     * document"): the same race, so it is retried like one.
     */
    private static boolean detached(org.openqa.selenium.WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    <T> T until(String what, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, DEADLINE).withMessage(what).ignoring(StaleElementReferenceException.class).until(d -> {
            try {
                return condition.apply(d);
            } catch (StaleElementReferenceException e) {
                throw e;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (detached(e)) {
                    return null; // looked up again on the next poll
                }
                throw e;
            }
        });
    }

    /** Clicks the element, looking it up again if a refresh replaced it in between. */
    void click(By by) {
        until("clicking " + by, d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** A file the browser downloaded, once it is complete. */
    Path downloaded(String name) {
        Path p = downloads.resolve(name);
        until("the download " + name, d -> Files.exists(p) && !Files.exists(downloads.resolve(name + ".crdownload")) ? true : null);
        return p;
    }

    /** Writes a screenshot to docs/img/console-NAME.png. */
    void screenshot(String name) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Path dir = repositoryRoot().resolve("docs/img");
            Files.createDirectories(dir);
            Files.write(dir.resolve("console-" + name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path repositoryRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("bin/demo"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no repository root (with bin/demo) above " + System.getProperty("user.dir"));
        }
        return p;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(downloads);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A temp folder left behind is not worth failing a test for.
        }
    }
}
