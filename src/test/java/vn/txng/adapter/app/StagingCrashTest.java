package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.lot;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.command.TxngCommand;
import vn.txng.adapter.outbox.H2Owner;

/**
 * A `run --once --no-push` killed with SIGKILL while it stages a big file, then run again: the
 * outbox ends with every record of the file once, at its first revision. On the H2 file here, on
 * PostgreSQL in {@link PostgresStagingCrashTest}. On H2 this needs {@link H2Owner}'s index rebuild: without
 * it, about one run in ten under load ended with the file failed ("Row ... not found in primary index", or a
 * primary key violation from an identity restarted below used ids) or a record staged twice.
 */
class StagingCrashTest {

    private static final int LOTS = 20_000;

    @TempDir
    Path work;
    AdapterFixture adapter;

    @BeforeEach
    void start() throws Exception {
        adapter = onDatabase(new AdapterFixture(work)).with("txng.ingest.chunk-size", "50");
    }

    @AfterEach
    void stop() {
        adapter.close();
    }

    /** The outbox database the test runs on: the H2 file under the data folder here. */
    AdapterFixture onDatabase(AdapterFixture fixture) throws Exception {
        return fixture;
    }

    @Test
    void should_stage_every_record_once_after_a_kill_during_staging() throws Exception {
        List<String> records = new ArrayList<>(LOTS + 1);
        records.add(product(GTIN_A, "Nước mắm Phú Quốc"));
        for (int i = 0; i < LOTS; i++) {
            records.add(lot(GTIN_A, "K" + i, 100 + i % 900));
        }
        adapter.drop("big.xml", message(records.toArray(String[]::new)));
        Process run = startRunOnceNoPush();
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                    .until(() -> stagingUnderWay() || !run.isAlive());
            assertThat(run.isAlive()).as("still staging when killed; its log: %s", Files.readString(work.resolve("run.log"))).isTrue();
            run.destroyForcibly();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            run.destroyForcibly();
        }
        assertThat(Files.exists(adapter.inbox.resolve("big.xml"))).as("the file waits to be read again").isTrue();

        Map<DeliveryState, Long> counts;
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            new CamelApp(adapter.settings(), runtime, true).runOnce(false);
            counts = runtime.outbox().counts();
        }

        assertThat(counts).containsEntry(DeliveryState.PENDING, (long) LOTS + 1);
        assertThat(query("SELECT COUNT(*), COUNT(DISTINCT business_key), MAX(revision) FROM outbox_record"))
                .as("rows, distinct keys, highest revision").containsExactly((long) LOTS + 1, (long) LOTS + 1, 1L);
        assertThat(adapter.reportOf("big.xml").path("unchanged").asLong())
                .as("what the killed run had committed was kept, not staged again").isPositive();
    }

    private Process startRunOnceNoPush() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path")));
        for (String key : List.of("txng.routes.dir", "txng.inbox.dir", "txng.data.dir", "txng.ingest.chunk-size",
                "txng.db.url", "txng.db.user", "txng.db.password")) {
            if (adapter.settings().isSet(key)) {
                command.add("-D" + key + "=" + adapter.settings().get(key));
            }
        }
        command.add("-Dtxng.inbox.min-age=0s");
        command.addAll(List.of(TxngCommand.class.getName(), "run", "--once", "--no-push"));
        File log = work.resolve("run.log").toFile();
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log).start();
    }

    /**
     * Whether the run has written part of the file to the outbox. Here the H2 file has grown past
     * 1 MiB (the empty outbox is far smaller): read from the file, since a connection from this
     * process could race the run for the database's lock file.
     */
    boolean stagingUnderWay() throws Exception {
        Path file = adapter.data.resolve("db").resolve("txng.mv.db");
        return Files.exists(file) && Files.size(file) > 1024L * 1024;
    }

    /** Lot rows committed so far; 0 while the killed run has not created the table yet. */
    long stagedRows() {
        try {
            return query("SELECT COUNT(*) FROM outbox_record WHERE kind = 'LOT'").get(0);
        } catch (SQLException e) {
            return 0;
        }
    }

    private List<Long> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Databases.url(adapter.settings()),
                adapter.settings().get("txng.db.user"), adapter.settings().get("txng.db.password"));
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            List<Long> values = new ArrayList<>();
            for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                values.add(rows.getLong(c));
            }
            return values;
        }
    }
}
