package vn.txng.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.ConsoleServer;

/** The console's second action: a source whose poll failed is polled again at once, after a confirmation. */
class ConsolePollTest {

    @TempDir
    Path work;

    @Test
    void should_poll_a_failing_source_again_now_when_confirmed() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        // an hour between polls: only the console's request can make the second one
        Map<String, String> unreachable = Map.of("host", "127.0.0.1", "port", Integer.toString(closed), "username", "erp",
                "password", "secret", "delay", "3600000");
        try (ConsoleServer console = ConsoleServer.withSource(work, "txng-ftp-source", "plant-x", unreachable)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> console.lastErrorAt("plant-x") != null);
            Instant first = console.lastErrorAt("plant-x");
            HttpClient http = HttpClient.newHttpClient();
            String cookie = console.signIn(http);
            String confirm = http.send(HttpRequest.newBuilder(console.uri("/console/poll?source=plant-x")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(confirm).contains("plant-x").contains("id=\"confirm\"");

            HttpResponse<String> done = http.send(HttpRequest.newBuilder(console.uri("/console/poll")).header("Cookie", cookie)
                    .header("Origin", "http://127.0.0.1:" + console.port()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + ConsoleServer.csrf(confirm) + "&source=plant-x",
                            StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(done.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(60)).until(() -> console.lastErrorAt("plant-x").isAfter(first));
        }
    }
}
