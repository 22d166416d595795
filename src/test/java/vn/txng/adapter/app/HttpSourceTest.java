package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.GTIN_B;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.source.HttpExportServer;

/** {@code txng-http-source} against a real HTTP server in-process. */
class HttpSourceTest {

    @TempDir
    Path work;
    AdapterFixture adapter;
    SourceInstances instances;
    HttpExportServer erp;

    @BeforeEach
    void start() throws Exception {
        erp = new HttpExportServer();
        instances = new SourceInstances(work.resolve("routes"));
        adapter = new AdapterFixture(work).with("txng.routes.dir", instances.routes().toString());
    }

    @AfterEach
    void stop() {
        erp.close();
        adapter.close();
    }

    Map<String, String> source() {
        Map<String, String> p = new HashMap<>();
        p.put("url", erp.url());
        p.put("delay", "200");
        return p;
    }

    @Test
    void should_stage_an_export_and_not_fetch_it_again_while_the_server_says_it_is_unchanged() throws Exception {
        instances.add("txng-http-source", "erp-web", source());
        erp.publish(message(product(GTIN_A, "Nước mắm")));

        adapter.runOnce();
        adapter.runOnce();

        assertThat(adapter.reportOf("lots.xml").path("source").asText()).isEqualTo("erp-web");
        assertThat(adapter.reports()).hasSize(1);
        assertThat(erp.answered(200)).isEqualTo(1);
        assertThat(erp.answered(304)).as("the second run sent If-None-Match").isEqualTo(1);
    }

    @Test
    void should_read_a_new_version_of_the_export() throws Exception {
        instances.add("txng-http-source", "erp-web", source());
        erp.publish(message(product(GTIN_A, "Nước mắm")));
        adapter.runOnce();

        erp.publish(message(product(GTIN_A, "Nước mắm"), product(GTIN_B, "Nước tương")));
        adapter.runOnce();

        assertThat(adapter.reports()).hasSize(2);
        assertThat(adapter.reportOf("lots.xml").path("accepted").asLong()).isEqualTo(1);
        assertThat(adapter.reportOf("lots.xml").path("unchanged").asLong()).isEqualTo(1);
    }

    @Test
    void should_not_read_the_same_body_twice_when_the_server_sends_no_validators() throws Exception {
        erp.withoutValidators();
        instances.add("txng-http-source", "erp-web", source());
        erp.publish(message(product(GTIN_A, "Nước mắm")));

        adapter.runOnce();
        adapter.runOnce();

        assertThat(erp.answered(200)).isEqualTo(2);
        assertThat(adapter.reports()).as("the second body had the same SHA-256").hasSize(1);
    }

    @Test
    void should_read_the_export_again_when_it_returns_to_an_earlier_content_then_fetch_it_conditionally() throws Exception {
        instances.add("txng-http-source", "erp-web", source());
        String first = message(product(GTIN_A, "Nước mắm"));
        erp.publish(first);
        adapter.runOnce();
        erp.publish(message(product(GTIN_A, "Nước mắm Phú Quốc")));
        adapter.runOnce();

        // the ERP reverts the change: the same bytes as the first export, under a new ETag
        erp.publish(first);
        adapter.runOnce();
        adapter.runOnce();

        assertThat(adapter.reports()).as("each of the three exports read once").hasSize(3);
        assertThat(adapter.reportOf("lots.xml").path("accepted").asLong()).as("the product changed back").isEqualTo(1);
        assertThat(erp.answered(200)).isEqualTo(3);
        assertThat(erp.answered(304)).as("the reverted export's validators were kept").isEqualTo(1);
    }

    @Test
    void should_send_the_bearer_token_and_keep_it_out_of_the_logs() throws Exception {
        String token = "tok-" + UUID.randomUUID();
        erp.requireAuthorization("Bearer " + token);
        Map<String, String> p = source();
        p.put("bearerToken", token);
        instances.add("txng-http-source", "erp-web", p);
        erp.publish(message(product(GTIN_A, "Nước mắm")));

        try (LogCapture logs = new LogCapture(org.apache.logging.log4j.Level.ALL)) {
            AdapterFixture.RunResult run = adapter.runOnce();
            assertThat(run.failingSources()).isEmpty();
            assertThat(logs.text()).contains("erp-web").doesNotContain(token);
        }
        assertThat(adapter.reports()).hasSize(1);
    }

    @Test
    void should_name_the_source_when_the_server_refuses_its_credentials() throws Exception {
        erp.requireAuthorization("Basic something-else");
        Map<String, String> p = source();
        p.put("username", "erp");
        p.put("password", "pw-" + UUID.randomUUID());
        instances.add("txng-http-source", "erp-web", p);
        erp.publish(message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).singleElement().asString().startsWith("erp-web: ").contains("401").doesNotContain(p.get("password"));
        assertThat(adapter.reports()).isEmpty();
    }

    @Test
    void should_report_an_empty_export_as_empty_without_failing_the_source() throws Exception {
        instances.add("txng-http-source", "erp-web", source());
        erp.publish("");

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).isEmpty();
        assertThat(adapter.reportOf("lots.xml").path("status").asText()).isEqualTo("PROCESSED");
        assertThat(adapter.reportOf("lots.xml").path("warnings")).singleElement()
                .satisfies(w -> assertThat(w.asText()).startsWith("lots.xml: EMPTY_FILE: "));
    }
}
