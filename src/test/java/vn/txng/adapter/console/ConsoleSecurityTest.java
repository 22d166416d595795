package vn.txng.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.ConsoleServer;

/** The console's doors, with a plain HTTP client: no page or action without a session, the cookie's flags, forged posts, escaping, lock-out. */
class ConsoleSecurityTest {

    private static final String SCRIPT_GTIN = "8934563123451";
    private static final List<String> PAGES = List.of("/console/", "/console/files", "/console/file?name=x.json", "/console/records",
            "/console/record?kind=PRODUCT&key=" + SCRIPT_GTIN, "/console/lot?key=08934563123451/L1", "/console/requeue",
            "/console/poll?source=x");

    @TempDir
    static Path work;
    static ConsoleServer console;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        console = ConsoleServer.start(work, false);
        console.drop("script.xml", ConsoleServer.productMessage(SCRIPT_GTIN, "<script>alert('x')</script> Nước mắm"));
        await().atMost(Duration.ofSeconds(30)).until(() -> console.staged() > 0);
    }

    @AfterAll
    static void stop() throws Exception {
        console.close();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(console.uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String origin, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(console.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String self() {
        return "http://127.0.0.1:" + console.port();
    }

    @Test
    void should_send_every_page_to_the_sign_in_without_a_session() throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> response = get(page, null);
            assertThat(response.statusCode()).as(page).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(page).hasValue("/console/sign-in");
            assertThat(response.body()).as(page).isEmpty();
        }
    }

    @Test
    void should_refuse_every_action_without_a_session() throws Exception {
        for (String action : List.of("/console/requeue", "/console/poll", "/console/sign-out")) {
            HttpResponse<String> response = post(action, null, self(), "state=REJECTED&source=x");
            assertThat(response.statusCode()).as(action).isEqualTo(401);
        }
    }

    @Test
    void should_refuse_a_made_up_session_cookie() throws Exception {
        assertThat(get("/console/", "txng_console=made-up").statusCode()).isEqualTo(303);
    }

    @Test
    void should_set_the_session_cookie_http_only_same_site_strict_and_not_secure_over_plain_http() throws Exception {
        HttpResponse<String> response = post("/console/sign-in", null, self(),
                "user=" + ConsoleServer.USER + "&password=" + ConsoleServer.PASSWORD);

        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(cookie).startsWith("txng_console=").contains("; HttpOnly").contains("; SameSite=Strict").contains("; Path=/console")
                .doesNotContain("Secure");
    }

    @Test
    void should_refuse_a_form_posted_from_another_site_even_with_the_session_and_its_token() throws Exception {
        String cookie = console.signIn(http);
        String token = ConsoleServer.csrf(get("/console/", cookie).body());

        HttpResponse<String> response = post("/console/requeue", cookie, "https://evil.example", "csrf=" + token + "&state=REJECTED");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void should_refuse_a_form_posted_without_the_session_token() throws Exception {
        String cookie = console.signIn(http);

        HttpResponse<String> response = post("/console/requeue", cookie, self(), "csrf=wrong&state=REJECTED");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void should_show_a_product_named_like_a_script_as_text() throws Exception {
        String cookie = console.signIn(http);

        String record = get("/console/record?kind=PRODUCT&key=0" + SCRIPT_GTIN, cookie).body();
        String list = get("/console/records?q=" + SCRIPT_GTIN, cookie).body();

        assertThat(record).contains("&lt;script&gt;alert(").doesNotContain("<script>");
        assertThat(list).contains("0" + SCRIPT_GTIN).doesNotContain("<script>");
    }

    @Test
    void should_forbid_scripts_and_other_sites_by_content_security_policy() throws Exception {
        String cookie = console.signIn(http);

        HttpResponse<String> page = get("/console/", cookie);

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'none'").contains("frame-ancestors 'none'"));
    }

    @Test
    void should_sign_out_so_that_the_cookie_opens_nothing_more() throws Exception {
        String cookie = console.signIn(http);
        String token = ConsoleServer.csrf(get("/console/", cookie).body());

        post("/console/sign-out", cookie, self(), "csrf=" + token);

        assertThat(get("/console/", cookie).statusCode()).isEqualTo(303);
    }
}
