package vn.txng.adapter.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.txng.adapter.console.Chromium;

/**
 * The console of the jar as it ships: `run --once` of the samples against a sandbox process, then `run` with the
 * console on, signed in from headless Chromium; its password set by the environment, as a deployment would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleJarIT {

    private static final String PASSWORD = "jar-console-" + UUID.randomUUID();

    private SandboxProcess sandbox;
    private JarProcess serving;
    private ChromeDriver browser;
    private int httpPort;

    @BeforeAll
    void serveTheSamplesConsole(@TempDir Path work) throws Exception {
        Chromium.assumeInstalled();
        sandbox = new SandboxProcess(work.resolve("sandbox"));
        Path adapter = work.resolve("adapter");
        Files.createDirectories(adapter.resolve("inbox"));
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(Files::isRegularFile).toList()) {
                Files.copy(sample, adapter.resolve("inbox").resolve(sample.getFileName()));
            }
        }
        JarProcess once = JarProcess.in(adapter).env("TXNG_INBOX_MIN_AGE", "0s");
        sandbox.portalEnvironment().forEach(once::env);
        assertThat(once.run("run", "--once")).as(once.errTail()).isZero();

        httpPort = freePort();
        serving = JarProcess.in(adapter).env("TXNG_HTTP_PORT", Integer.toString(httpPort))
                .env("CAMEL_MANAGEMENT_PORT", Integer.toString(freePort())).env("TXNG_CONSOLE_USER", "operator")
                .env("TXNG_CONSOLE_PASSWORD", PASSWORD).env("TXNG_PUSH_CRON", "0 0 2 1 1 ? 2099");
        sandbox.portalEnvironment().forEach(serving::env);
        serving.start("run");
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(JarProcess.COMMAND_TIMEOUT).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/console/sign-in")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        browser = Chromium.start(Files.createDirectories(work.resolve("profile")));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (serving != null) {
            serving.terminate();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void should_show_the_delivered_samples_to_the_operator_who_signs_in() {
        browser.get("http://127.0.0.1:" + httpPort + "/console/");
        browser.findElement(By.id("user")).sendKeys("operator");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();

        await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.id("counts")).isEmpty());
        assertThat(browser.findElement(By.id("counts")).getText()).contains("Lô").contains("6");
        assertThat(browser.findElement(By.id("target")).getText()).contains("client id");
        Chromium.screenshot(browser, "jar-overview");
    }

    @Test
    void should_never_write_the_console_password_to_its_output() {
        assertThat(serving.out()).doesNotContain(PASSWORD);
        assertThat(serving.err()).doesNotContain(PASSWORD);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
