package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.source.ClaimLostException;
import vn.txng.adapter.source.HttpExportServer;
import vn.txng.adapter.source.ProcessedFiles;
import vn.txng.adapter.source.SftpServerFixture;

/** Two nodes on one PostgreSQL database polling one source: each file is read by one node, and none is lost with a node. */
class SharedSourceTest {

    private static final String PASSWORD = "sftp-pw-" + System.nanoTime();
    private static final Duration LEASE = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2026-12-04T22:00:00Z");

    @TempDir
    Path work;
    AdapterFixture adapter;
    SftpServerFixture sftp;
    SourceInstances instances;

    @BeforeEach
    void start() throws Exception {
        sftp = SftpServerFixture.withClientKey(work, PASSWORD);
        instances = new SourceInstances(work.resolve("routes"));
        adapter = TestPostgres.onNewDatabase(new AdapterFixture(work).with("txng.routes.dir", instances.routes().toString()));
    }

    @AfterEach
    void stop() throws Exception {
        sftp.close();
        adapter.close();
    }

    @Test
    void should_read_each_file_on_one_node_when_two_nodes_poll_one_source_at_once() throws Exception {
        Map<String, String> p = SourceInstances.sftpParameters(sftp, PASSWORD);
        // kept on the server: both nodes list every file, polls after polls
        p.put("afterRead", "keep");
        p.put("readLock", "changed");
        p.put("minAge", "100ms");
        instances.add("txng-sftp-source", "plant-a", p);
        for (int i = 0; i < 6; i++) {
            sftp.drop("products-" + i + ".xml", message(product(CircuitBreakerTest.gtin13(i), "Sản phẩm " + i)));
        }

        // two `run --once`, as two nodes, started together on the same source and database; the server
        // answers their listings together, so each node lists every file before either reads one
        sftp.listTogether(2);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> ingestOnce("node-a"));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> ingestOnce("node-b"));
        CompletableFuture.allOf(a, b).get();

        assertThat(sftp.listedTogether()).as("both nodes listed the files before either read one").isTrue();

        Map<String, Long> reportsPerFile = adapter.reports().stream()
                .collect(Collectors.groupingBy(r -> r.path("file").asText(), Collectors.counting()));
        assertThat(reportsPerFile).hasSize(6).allSatisfy((file, reports) -> assertThat(reports).as(file).isEqualTo(1L));
        assertThat(adapter.reports()).allSatisfy(r -> assertThat(r.path("accepted").asLong()).isEqualTo(1));
    }

    @Test
    void should_read_a_new_http_export_on_one_node_when_two_nodes_fetch_it_at_once() throws Exception {
        try (HttpExportServer erp = new HttpExportServer()) {
            instances.add("txng-http-source", "erp-web", Map.of("url", erp.url(), "delay", "200"));
            erp.publish(message(product(CircuitBreakerTest.gtin13(1), "Sản phẩm 1")));
            erp.answerTogether(2);

            CompletableFuture.allOf(CompletableFuture.runAsync(() -> ingestOnce("node-a")),
                    CompletableFuture.runAsync(() -> ingestOnce("node-b"))).get();

            assertThat(erp.answered(200)).as("both nodes fetched it").isEqualTo(2);
            assertThat(adapter.reports()).as("one node read it").singleElement()
                    .satisfies(r -> assertThat(r.path("accepted").asLong()).as(r.toString()).isEqualTo(1));
        }
    }

    @Test
    void should_not_read_a_file_another_live_node_has_claimed() throws Exception {
        DataSource database = migrated();
        try {
            assertThat(files(database, "node-a", NOW).add("lots.xml-10-1")).isTrue();

            assertThat(files(database, "node-b", NOW.plusSeconds(60)).add("lots.xml-10-1")).as("claimed by a live node").isFalse();
            files(database, "node-a", NOW.plusSeconds(61)).confirm("lots.xml-10-1");
            assertThat(files(database, "node-b", NOW.plus(LEASE).plusSeconds(1)).add("lots.xml-10-1")).as("processed").isFalse();
        } finally {
            Databases.close(database);
        }
    }

    @Test
    void should_let_another_node_read_a_file_whose_node_died_mid_file_once_the_claim_expired() throws Exception {
        DataSource database = migrated();
        try {
            assertThat(files(database, "node-a", NOW).add("lots.xml-10-1")).isTrue();
            // node-a dies here: no confirm, no remove

            ProcessedFiles survivor = files(database, "node-b", NOW.plus(LEASE).plusSeconds(1));
            assertThat(survivor.add("lots.xml-10-1")).as("taken over after the lease").isTrue();
            assertThat(files(database, "node-a", NOW.plus(LEASE).plusSeconds(2)).add("lots.xml-10-1"))
                    .as("the old owner, restarted, respects the new claim").isFalse();
        } finally {
            Databases.close(database);
        }
    }

    @Test
    void should_keep_the_claim_of_a_file_its_live_node_is_still_staging() throws Exception {
        DataSource database = migrated();
        try {
            assertThat(files(database, "node-a", NOW).add("big.xml-10-1")).isTrue();
            // node-a stages a chunk 10 minutes in: its claim runs a full lease from then
            files(database, "node-a", NOW.plus(Duration.ofMinutes(10))).renew("big.xml-10-1");

            assertThat(files(database, "node-b", NOW.plus(LEASE).plusSeconds(1)).add("big.xml-10-1"))
                    .as("the first lease is over, the renewed one is not").isFalse();
            assertThat(files(database, "node-b", NOW.plus(Duration.ofMinutes(10)).plus(LEASE).plusSeconds(1)).add("big.xml-10-1"))
                    .as("node-a stopped renewing: it died").isTrue();
        } finally {
            Databases.close(database);
        }
    }

    @Test
    void should_stop_reading_a_file_whose_claim_another_node_took_over_while_it_waited() throws Exception {
        DataSource database = migrated();
        try {
            assertThat(files(database, "node-a", NOW).add("lots.xml-10-1")).isTrue();
            // the file waits in node-a's poll batch past its lease: node-b takes it over
            assertThat(files(database, "node-b", NOW.plus(LEASE).plusSeconds(1)).add("lots.xml-10-1")).isTrue();

            assertThatThrownBy(() -> files(database, "node-a", NOW.plus(LEASE).plusSeconds(2)).hold("lots.xml-10-1"))
                    .as("node-a's turn comes: before reading").isInstanceOf(ClaimLostException.class)
                    .hasMessageContaining("plant-a").hasMessageContaining("lots.xml-10-1").hasMessageContaining("claimed by node node-b");
            assertThatThrownBy(() -> files(database, "node-a", NOW.plus(LEASE).plusSeconds(3)).renew("lots.xml-10-1"))
                    .as("mid-file").isInstanceOf(ClaimLostException.class);
            files(database, "node-b", NOW.plus(LEASE).plusSeconds(4)).hold("lots.xml-10-1");
        } finally {
            Databases.close(database);
        }
    }

    @Test
    void should_leave_a_file_taken_over_while_it_waited_without_reading_reporting_or_moving_it() throws Exception {
        instances.add("txng-sftp-source", "plant-a", SourceInstances.sftpParameters(sftp, PASSWORD));
        sftp.drop("one.xml", message(product(CircuitBreakerTest.gtin13(1), "Sản phẩm 1")));
        sftp.holdNextDownload();
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> ingestOnce("node-a"));
        DataSource database = migrated();
        try {
            assertThat(sftp.awaitDownloadHeld()).isTrue();
            // node-a listed and claimed it; its lease runs out while it waits, and node-b takes the file over
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                assertThat(statement.executeUpdate("UPDATE source_file SET claimed_by = 'node-b'"
                        + " WHERE claimed_by = 'node-a' AND processed_at IS NULL AND file_key LIKE 'one.xml-%'")).isEqualTo(1);
            }
            sftp.releaseDownload();
            a.get();

            assertThat(adapter.reports()).as("no report: the file is node-b's").isEmpty();
            assertThat(Outbox.open(database).counts().values().stream().mapToLong(Long::longValue).sum()).as("nothing staged").isZero();
            assertThat(sftp.root().resolve("one.xml")).as("not moved").exists();
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT claimed_by, processed_at FROM source_file")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("node-b");
                assertThat(row.getObject(2)).as("not marked processed").isNull();
            }
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT last_error FROM source_state WHERE source_id = 'plant-a'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).as("no error recorded against the source").isNull();
            }
        } finally {
            sftp.releaseDownload();
            Databases.close(database);
        }
    }

    @Test
    void should_confirm_a_file_under_the_key_its_route_held_it_by() throws Exception {
        instances.add("txng-sftp-source", "plant-a", SourceInstances.sftpParameters(sftp, PASSWORD));
        String xml = message(product(CircuitBreakerTest.gtin13(1), "Sản phẩm 1"));
        sftp.drop("one.xml", xml);

        ingestOnce("node-a");

        assertThat(adapter.reports()).singleElement().satisfies(r -> assertThat(r.path("accepted").asLong()).isEqualTo(1));
        DataSource database = migrated();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT file_key, claimed_by, processed_at FROM source_file")) {
            // the route held the file (else ClaimLostException, no report) by header TxngFileKey: the key listed
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).startsWith("one.xml-" + xml.getBytes(StandardCharsets.UTF_8).length + "-");
            assertThat(row.getString(2)).isEqualTo("node-a");
            assertThat(row.getObject(3)).as("confirmed").isNotNull();
            assertThat(row.next()).as("one row: held and confirmed under the key claimed").isFalse();
        } finally {
            Databases.close(database);
        }
    }

    @Test
    void should_claim_a_file_whose_row_holds_no_claim() throws Exception {
        DataSource database = migrated();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            // neither processed nor claimed (no owner, no lease)
            statement.executeUpdate("INSERT INTO source_file (source_id, file_key) VALUES ('plant-a', 'lots.xml-10-1')");

            assertThat(files(database, "node-a", NOW).add("lots.xml-10-1")).isTrue();
            assertThat(files(database, "node-b", NOW.plusSeconds(1)).add("lots.xml-10-1")).as("now node-a's").isFalse();
        } finally {
            Databases.close(database);
        }
    }

    private DataSource migrated() {
        DataSource database = Databases.dataSource(adapter.settings());
        Outbox.open(database);
        return database;
    }

    private static ProcessedFiles files(DataSource database, String node, Instant now) {
        return new ProcessedFiles(database, "plant-a", node, LEASE, Clock.fixed(now, ZoneOffset.UTC));
    }

    private void ingestOnce(String node) {
        Settings settings = adapter.settings().with("txng.node.name", node);
        try (AdapterRuntime runtime = AdapterRuntime.start(settings)) {
            new CamelApp(settings, runtime, true).runOnce(false);
        } catch (Exception e) {
            throw new IllegalStateException(node + " failed", e);
        }
    }
}
