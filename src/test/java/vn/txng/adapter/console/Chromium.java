package vn.txng.adapter.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through Selenium with Debian's packages ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; {@code -Dchromium.binary} and {@code -Dchromium.driver} name others). A machine
 * without them skips the browser tests with one line saying how to install them. Screenshots go to
 * {@code target/console-screenshots/}.
 */
public final class Chromium {

    static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));

    private Chromium() {
    }

    /** Skips the calling test unless Chromium and its driver are installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "browser tests skipped: no " + BINARY + " or " + DRIVER + "; install them with `apt-get install chromium chromium-driver`");
    }

    /** A new headless browser with a fresh profile, told to fetch nothing by itself (this network is closed). */
    public static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=vi");
        // the language a Vietnamese browser asks for (headless Chromium ignores --lang)
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "vi,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // a click that posts a form may return before the next page is there (seen under load in CI): finding an
        // element waits for it up to this long instead of failing at once
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return driver;
    }

    /** Saves what the browser shows as {@code target/console-screenshots/<name>.png}. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
