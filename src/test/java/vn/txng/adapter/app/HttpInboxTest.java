package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code txng-http-inbox}: an ERP POSTs its export to the adapter's own HTTP server. */
class HttpInboxTest {

    static final String TOKEN = "inbox-" + UUID.randomUUID();

    @TempDir
    Path work;
    AdapterFixture adapter;
    SourceInstances instances;
    int port;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        instances = new SourceInstances(work.resolve("routes"));
        instances.add("txng-http-inbox", "erp-push", Map.of("token", TOKEN, "maxSize", "64KB"));
        adapter = new AdapterFixture(work).with("txng.routes.dir", instances.routes().toString())
                .with("txng.http.port", Integer.toString(port));
    }

    @AfterEach
    void stop() {
        adapter.close();
    }

    HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-File-Name", "lots.xml").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN).GET().build();
        return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void should_answer_202_with_a_receipt_whose_report_comes_once_the_body_is_staged() throws Exception {
        try (AdapterFixture.Running running = adapter.start()) {
            HttpResponse<String> answer = post("/inbox/erp-push", TOKEN, message(product(GTIN_A, "Nước mắm")));

            assertThat(answer.statusCode()).isEqualTo(202);
            JsonNode receipt = json.readTree(answer.body());
            assertThat(receipt.path("report").asText()).isEqualTo("/inbox/erp-push/receipts/" + receipt.path("receipt").asText());
            await().atMost(Duration.ofSeconds(20)).until(() -> get(receipt.path("report").asText()).has("accepted"));
            JsonNode report = get(receipt.path("report").asText());
            assertThat(report.path("source").asText()).isEqualTo("erp-push");
            assertThat(report.path("accepted").asLong()).isEqualTo(1);
        }
    }

    @Test
    void should_answer_401_to_a_missing_or_wrong_token() throws Exception {
        try (AdapterFixture.Running running = adapter.start()) {
            assertThat(post("/inbox/erp-push", null, "x").statusCode()).isEqualTo(401);
            assertThat(post("/inbox/erp-push", "not-" + TOKEN, "x").statusCode()).isEqualTo(401);
        }
        assertThat(adapter.reports()).isEmpty();
    }

    @Test
    void should_answer_413_to_a_body_over_max_size() throws Exception {
        try (AdapterFixture.Running running = adapter.start()) {
            assertThat(post("/inbox/erp-push", TOKEN, "x".repeat(65 * 1024)).statusCode()).isEqualTo(413);
        }
        assertThat(adapter.reports()).isEmpty();
    }

    @Test
    void should_answer_404_to_an_unknown_source() throws Exception {
        try (AdapterFixture.Running running = adapter.start()) {
            assertThat(post("/inbox/nobody", TOKEN, "x").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void should_process_a_body_accepted_just_before_the_adapter_stopped() throws Exception {
        String receipt;
        // the spool is not polled before the stop: the body is only on disk when the adapter goes down
        try (AdapterFixture.Running running = adapter.with("txng.inbox.poll-delay", "600000").start()) {
            HttpResponse<String> answer = post("/inbox/erp-push", TOKEN, message(product(GTIN_A, "Nước mắm")));
            assertThat(answer.statusCode()).isEqualTo(202);
            receipt = json.readTree(answer.body()).path("receipt").asText();
        }
        assertThat(adapter.reports()).isEmpty();

        try (AdapterFixture.Running running = adapter.with("txng.inbox.poll-delay", "100").start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> get("/inbox/erp-push/receipts/" + receipt).has("accepted"));
        }
        assertThat(adapter.reports()).singleElement().satisfies(r -> assertThat(r.path("accepted").asLong()).isEqualTo(1));
    }

    @Test
    void should_not_listen_when_no_route_file_names_an_http_inbox() throws Exception {
        java.nio.file.Files.delete(instances.routes().resolve("erp-push.camel.yaml"));
        instances.add("txng-http-source", "erp-web", Map.of("url", "http://127.0.0.1:9/export.xml", "delay", "1h"));
        try (AdapterFixture.Running running = adapter.start()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> post("/inbox/erp-push", TOKEN, "x"))
                    .isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    void should_accept_an_empty_body_report_it_empty_and_move_it_to_processed() throws Exception {
        try (AdapterFixture.Running running = adapter.start()) {
            HttpResponse<String> answer = post("/inbox/erp-push", TOKEN, "");

            assertThat(answer.statusCode()).isEqualTo(202);
            String report = json.readTree(answer.body()).path("report").asText();
            await().atMost(Duration.ofSeconds(20)).until(() -> get(report).has("warnings"));
            assertThat(get(report).path("warnings")).singleElement()
                    .satisfies(w -> assertThat(w.asText()).contains("EMPTY_FILE: "));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(adapter.filesUnder("processed/erp-push")).singleElement()
                    .satisfies(moved -> assertThat(moved.getFileName().toString()).endsWith(".lots.xml")));
        }
    }
}
