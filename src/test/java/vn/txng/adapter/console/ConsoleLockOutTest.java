package vn.txng.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.ConsoleServer;

/** Repeated wrong passwords lock the client out, the right password included, as ConsoleAccess says. */
class ConsoleLockOutTest {

    @TempDir
    Path work;

    @Test
    void should_refuse_even_the_right_password_after_five_wrong_ones_in_a_row() throws Exception {
        try (ConsoleServer console = ConsoleServer.start(work, false)) {
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < ConsoleAccess.MAX_FAILURES; i++) {
                assertThat(signIn(http, console, "wrong-" + i).statusCode()).isEqualTo(401);
            }

            HttpResponse<String> locked = signIn(http, console, ConsoleServer.PASSWORD);

            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    private static HttpResponse<String> signIn(HttpClient http, ConsoleServer console, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(console.uri("/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://127.0.0.1:" + console.port())
                .POST(HttpRequest.BodyPublishers.ofString("user=" + ConsoleServer.USER + "&password=" + password, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
