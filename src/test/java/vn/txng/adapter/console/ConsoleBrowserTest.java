package vn.txng.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.txng.adapter.app.ConsoleServer;

/**
 * The console in a real browser (headless Chromium), after a `run --once` of the project's samples; each test leaves
 * a screenshot under target/console-screenshots/.
 */
class ConsoleBrowserTest {

    /** A GTIN-13 no sample uses, with its check digit. */
    private static final String REQUEUED_GTIN = "8934563123475";
    /** The same with a wrong check digit: the file's check refuses it. */
    private static final String BAD_GTIN = "8934563123476";

    @TempDir
    static Path work;
    static ConsoleServer console;
    static ChromeDriver browser;

    @BeforeAll
    static void serve() throws Exception {
        Chromium.assumeInstalled();
        console = ConsoleServer.afterSamples(work.resolve("adapter"), false);
        browser = Chromium.start(Files.createDirectories(work.resolve("profile")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (console != null) {
            console.close();
        }
    }

    @BeforeEach
    void signedOutInVietnamese() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(console.uri("/console/sign-in").toString());
        browser.manage().deleteAllCookies();
    }

    private void signIn(String password) {
        browser.get(console.uri("/console/").toString());
        browser.findElement(By.id("user")).sendKeys(ConsoleServer.USER);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement button = browser.findElement(By.id("sign-in"));
        button.click();
        // the answer's page replaces the form before the test goes on
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    }

    @Test
    void should_show_the_overview_of_the_samples_after_signing_in() {
        signIn(ConsoleServer.PASSWORD);

        assertThat(browser.getCurrentUrl()).endsWith("/console/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan");
        String counts = browser.findElement(By.id("counts")).getText();
        assertThat(counts).contains("Sản phẩm").contains("Lô").contains("Sự kiện");
        assertThat(browser.findElement(By.id("last-pass")).getText()).contains("Lần đẩy kế tiếp");
        assertThat(browser.findElements(By.cssSelector("#chart rect.d"))).hasSize(30);
        Chromium.screenshot(browser, "overview");
    }

    @Test
    void should_refuse_a_wrong_password_and_say_so() {
        signIn("not-the-password");

        assertThat(browser.findElement(By.id("sign-in-error")).getText()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        assertThat(browser.manage().getCookieNamed("txng_console")).isNull();
        Chromium.screenshot(browser, "sign-in-refused");
    }

    @Test
    void should_find_a_refused_record_with_its_position_field_and_rule_from_the_file_page() throws Exception {
        console.drop("refused-gtin.xml", ConsoleServer.productMessage(BAD_GTIN, "Nước mắm sai mã"));
        signIn(ConsoleServer.PASSWORD);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.get(console.uri("/console/files").toString());
            return browser.findElements(By.linkText("refused-gtin.xml")).size() == 1;
        });
        Chromium.screenshot(browser, "files");
        browser.findElement(By.linkText("refused-gtin.xml")).click();

        WebElement refused = browser.findElement(By.id("refused"));
        assertThat(refused.getText()).contains("line").contains("Product #1").contains(BAD_GTIN);
        Chromium.screenshot(browser, "file");
    }

    @Test
    void should_requeue_a_rejected_product_that_the_next_push_delivers() throws Exception {
        console.portalRejectsNextProduct();
        console.drop("rejected-once.xml", ConsoleServer.productMessage(REQUEUED_GTIN, "Nước mắm gửi lại"));
        await().atMost(Duration.ofSeconds(30)).until(() -> console.staged() > 0 && console.push().rejected() == 1);
        signIn(ConsoleServer.PASSWORD);

        browser.get(console.uri("/console/records").toString());
        new Select(browser.findElement(By.id("state"))).selectByValue("REJECTED");
        browser.findElement(By.id("search")).click();
        Chromium.screenshot(browser, "records");
        browser.findElement(By.partialLinkText(REQUEUED_GTIN)).click();
        Chromium.screenshot(browser, "record");
        browser.findElement(By.id("requeue")).click();
        assertThat(browser.findElement(By.id("question")).getText()).contains(REQUEUED_GTIN);
        Chromium.screenshot(browser, "confirm-requeue");
        browser.findElement(By.id("confirm")).click();

        assertThat(browser.findElement(By.id("message")).getText()).startsWith("Đã xếp lại 1 bản ghi");
        assertThat(console.push().deliveredProducts()).isEqualTo(1);
        assertThat(console.portalHasProduct(REQUEUED_GTIN)).isTrue();
    }

    @Test
    void should_switch_to_english_and_keep_it_from_page_to_page() {
        signIn(ConsoleServer.PASSWORD);

        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        browser.findElement(By.id("nav-records")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Records");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        Chromium.screenshot(browser, "records-en");
    }

    @Test
    void should_show_a_lot_journey_with_its_product() {
        signIn(ConsoleServer.PASSWORD);

        browser.get(console.uri("/console/records?kind=LOT&q=08934563123451/").toString());
        browser.findElement(By.cssSelector("#records a")).click();
        browser.findElement(By.id("journey")).click();

        assertThat(browser.findElement(By.id("lot")).getText()).contains("08934563123451");
        Chromium.screenshot(browser, "lot-journey");
    }

    @Test
    void should_fit_a_phone_wide_window_without_sideways_scrolling() {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn(ConsoleServer.PASSWORD);

        Long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        Long windowWidth = (Long) browser.executeScript("return window.innerWidth;");

        assertThat(pageWidth).isLessThanOrEqualTo(windowWidth);
        Chromium.screenshot(browser, "overview-phone");
    }
}
