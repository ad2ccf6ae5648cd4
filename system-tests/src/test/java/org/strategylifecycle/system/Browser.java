package org.strategylifecycle.system;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * A real Chromium, headless, from the operating system's packages, driven by Selenium through the
 * chromedriver beside it. Nothing is downloaded: both paths are given, so Selenium Manager never runs.
 * Where they are missing the tests are skipped with the install instruction, unless
 * {@code STRATEGY_REQUIRE_BROWSER=true} (CI), where that is a failure.
 */
final class Browser implements AutoCloseable {

    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final String AXE = "META-INF/resources/webjars/axe-core/"
            + System.getProperty("axe-core.version", "4.6.3") + "/axe.min.js";

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /**
     * Test classes that need the browser carry {@code @ExtendWith(Browser.Required.class)}: where Chromium
     * or its driver is missing their tests are reported as skipped with the install instruction, or,
     * with {@code STRATEGY_REQUIRE_BROWSER=true} (CI), they fail.
     */
    static final class Required implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = missing();
            if (missing == null) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            if ("true".equalsIgnoreCase(System.getenv("STRATEGY_REQUIRE_BROWSER"))) {
                throw new IllegalStateException("STRATEGY_REQUIRE_BROWSER=true and no browser: " + missing);
            }
            return ConditionEvaluationResult.disabled("skipped, no browser: " + missing);
        }
    }

    /** What is missing to run the browser tests, with how to install it; null when nothing is. */
    static String missing() {
        Path chromium = binary();
        Path driver = driverBinary();
        if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
            return null;
        }
        return "Chromium and chromedriver are needed at " + chromium + " and " + driver
                + " (or set CHROMIUM_BINARY, CHROMEDRIVER_BINARY): " + INSTALL;
    }

    /** A browser on a profile of its own, which {@link #close()} deletes (each one is a few megabytes). */
    static Browser open(int port) {
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-US",
                "--window-size=1280,900", "--hide-scrollbars", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary().toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(profile.toFile());
            throw e;
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, "http://localhost:" + port, profile);
    }

    WebDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the login form, as a person does (the form carries its CSRF token). */
    Browser signIn(String user) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    Browser signOut() {
        driver.findElement(By.cssSelector("header form button")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/login"));
        return this;
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A screenshot of the whole page (as tall as its content), kept as build output. */
    Path screenshot(String name) {
        return screenshot(name, 1280);
    }

    Path screenshot(String name, int width) {
        Dimension before = driver.manage().window().getSize();
        try {
            Number height = (Number) script("return Math.min(document.documentElement.scrollHeight, 8000)");
            driver.manage().window().setSize(new Dimension(width, Math.max(600, height.intValue())));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** axe-core's violations of impact serious or critical on the current page, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        script(axeSource());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException(AXE + " is not on the test class path (WebJar org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binary() {
        return Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    }

    private static Path driverBinary() {
        return Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
