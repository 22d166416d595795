package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.GTIN_B;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.source.SftpServerFixture;
import vn.txng.adapter.outbox.DeliveryState;

/** `run` serves health and Prometheus metrics on Camel Main's management port. */
class OperationsTest {

    @TempDir
    Path work;
    AdapterFixture adapter;
    AdapterRuntime runtime;
    CamelApp app;
    EmbeddedPostgres postgres;
    SftpServerFixture sftp;
    final HttpClient http = HttpClient.newHttpClient();

    void start() throws Exception {
        runtime = AdapterRuntime.start(adapter.settings());
        app = new CamelApp(adapter.settings(), runtime, false);
        app.start();
        // the inbox consumer is ready after its first poll
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/observe/health/ready").statusCode() == 200);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (runtime != null) {
            runtime.close();
        }
        adapter.close();
        if (sftp != null) {
            sftp.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void should_be_up_and_ready_with_the_database_portal_and_routes_in_the_details() throws Exception {
        adapter = new AdapterFixture(work);
        start();

        HttpResponse<String> health = get("/observe/health");
        HttpResponse<String> ready = get("/observe/health/ready");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"").contains("{\"name\":\"database\",\"status\":\"UP\"")
                .contains("\"name\":\"portal\",\"status\":\"UP\",\"message\":\"connection UNKNOWN: no push pass yet\"")
                .contains("{\"name\":\"route:push-portal\",\"status\":\"UP\"}").contains("{\"name\":\"consumer:ingest-inbox\",\"status\":\"UP\"}");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(get("/observe/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void should_be_down_naming_the_database_when_it_is_gone() throws Exception {
        postgres = EmbeddedPostgres.start();
        // the check waits this long for a connection from the pool before it says DOWN (default 30s)
        adapter = new AdapterFixture(work).with("txng.db.url", postgres.getJdbcUrl("postgres", "postgres"))
                .with("txng.db.user", "postgres").with("txng.db.pool.connection-timeout", "2s");
        start();

        postgres.close();
        postgres = null;

        HttpResponse<String> ready = get("/observe/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).startsWith("{\"status\":\"DOWN\"")
                .contains("{\"name\":\"database\",\"status\":\"DOWN\",\"message\":\"the outbox database does not answer");
        assertThat(get("/observe/health/live").statusCode()).as("a restart would not bring the database back").isEqualTo(200);
    }

    @Test
    void should_report_a_stopped_portal_in_the_details_and_stay_ready() throws Exception {
        adapter = new AdapterFixture(work).with("txng.portal.api-base", "http://127.0.0.1:9/api");
        start();
        adapter.drop("one.xml", message(product(GTIN_A, "Nước mắm")));
        await().atMost(Duration.ofSeconds(20)).until(() -> runtime.outbox().counts().getOrDefault(DeliveryState.PENDING, 0L) == 1L);
        app.push();

        HttpResponse<String> ready = get("/observe/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).startsWith("{\"status\":\"UP\"")
                .contains("\"name\":\"portal\",\"status\":\"UP\",\"message\":\"connection DOWN").contains("cannot connect to 127.0.0.1:9");
    }

    @Test
    void should_serve_the_adapter_metrics_counting_a_delivered_file() throws Exception {
        adapter = new AdapterFixture(work);
        start();
        adapter.drop("two.xml", message(product(GTIN_A, "Nước mắm"), product(GTIN_B, "Trà xanh")));
        await().atMost(Duration.ofSeconds(20)).until(() -> runtime.outbox().counts().getOrDefault(DeliveryState.PENDING, 0L) == 2L);
        app.push();

        String metrics = get("/observe/metrics").body();

        assertThat(metrics)
                .contains("txng_files_total{source=\"inbox\",status=\"processed\"} 1.0")
                .contains("txng_records_total{outcome=\"accepted\",source=\"inbox\"} 2.0")
                .contains("txng_records_total{outcome=\"rejected\",source=\"inbox\"} 0.0")
                .contains("txng_deliveries_total{kind=\"product\",outcome=\"delivered\"} 2.0")
                .contains("txng_outbox_records{state=\"delivered\"} 2.0")
                .contains("txng_outbox_records{state=\"pending\"} 0.0")
                .contains("txng_portal_call_seconds_count{status=\"delivered\"} 2")
                .contains("txng_portal_token_requests_total 1.0")
                .contains("jvm_memory_used_bytes")
                .contains("routeId=\"push-portal\"");
    }

    @Test
    void should_count_the_deliveries_of_locations_and_events_under_their_kind() throws Exception {
        adapter = new AdapterFixture(work);
        start();
        adapter.drop("journey.xml", message(JourneyTest.catalogue(), JourneyTest.locations(), JourneyTest.events()));
        await().atMost(Duration.ofSeconds(20)).until(() -> runtime.outbox().counts().getOrDefault(DeliveryState.PENDING, 0L) == 8L);
        app.push();

        String metrics = get("/observe/metrics").body();

        assertThat(metrics)
                .contains("txng_deliveries_total{kind=\"location\",outcome=\"delivered\"} 2.0")
                .contains("txng_deliveries_total{kind=\"event\",outcome=\"delivered\"} 3.0")
                .contains("txng_outbox_records{state=\"delivered\"} 8.0");
    }

    @Test
    void should_label_the_file_and_record_counts_with_the_sourceId_of_a_remote_source() throws Exception {
        String password = "sftp-pw-" + System.nanoTime();
        sftp = SftpServerFixture.withClientKey(work, password);
        SourceInstances instances = new SourceInstances(work.resolve("routes"));
        instances.add("txng-sftp-source", "plant-a", SourceInstances.sftpParameters(sftp, password));
        adapter = new AdapterFixture(work).with("txng.routes.dir", instances.routes().toString());
        sftp.drop("two.xml", message(product(GTIN_A, "Nước mắm"), product(GTIN_B, "Trà xanh")));
        start();
        await().atMost(Duration.ofSeconds(20)).until(() -> runtime.outbox().counts().getOrDefault(DeliveryState.PENDING, 0L) == 2L);
        // the rows are committed before the file's report, which is what counts the file: wait for the report too
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/observe/metrics").body().contains("txng_files_total{source=\"plant-a\""));

        String metrics = get("/observe/metrics").body();

        assertThat(metrics)
                .contains("txng_files_total{source=\"plant-a\",status=\"processed\"} 1.0")
                .contains("txng_records_total{outcome=\"accepted\",source=\"plant-a\"} 2.0")
                .doesNotContain("txng_files_total{source=\"inbox\",status=\"processed\"} 1.0");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + adapter.settings().get("camel.management.port") + path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
