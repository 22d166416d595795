package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.command.StatusCommand;

/** Two `run` processes on one PostgreSQL database, the push scheduled once a minute; one is killed mid-pass. */
class SeveralNodesTest {

    private static final int RECORDS = 40;
    private static final Pattern FIRE = Pattern.compile("push schedule: tick (\\S+) fired on node (\\S+) at (\\S+)( \\(recovering)?");

    @TempDir
    Path work;
    AdapterFixture adapter;
    final Map<String, Process> nodes = new HashMap<>();

    @AfterEach
    void stop() {
        nodes.values().stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
        if (adapter != null) {
            adapter.close();
        }
    }

    @Test
    void should_finish_a_pass_cut_by_a_killed_node_on_the_other_node_at_once_not_at_the_next_tick_delivering_each_record_once()
            throws Exception {
        // slow enough that the kill lands in the middle of the pass
        adapter = TestPostgres.onNewDatabase(new AdapterFixture(work).with("txng.portal.max-concurrency", "2"));
        adapter.portal.responseDelay(Duration.ofMillis(150));
        DataSource database = Databases.dataSource(adapter.settings());
        try {
            Outbox.open(database);
            stage();
            // one tick a minute, about 20 s from now: the nodes start before it, and the tick after it is a
            // minute away, so only Quartz's recovery (not the next tick) can finish the pass cut by the kill
            int second = Instant.now().plusSeconds(20).atZone(ZoneOffset.UTC).getSecond();
            String cron = second + " * * * * ?";
            adapter.with("txng.push.cron", cron);
            startNode("node-a");
            startNode("node-b");
            await().atMost(Duration.ofSeconds(60)).until(() -> count(database, "SELECT COUNT(*) FROM qrtz_scheduler_state") == 2);

            await().atMost(Duration.ofSeconds(90)).until(() -> adapter.portal.records().products().size() >= 6);
            String pushing = executingNode(database);
            Instant killedAt = Instant.now();
            nodes.get(pushing).destroyForcibly(); // SIGKILL: no chance to put anything back
            assertThat(nodes.get(pushing).waitFor(10, TimeUnit.SECONDS)).isTrue();
            int storedBeforeKill = adapter.portal.records().products().size();
            Instant cutTick = fires(pushing).get(fires(pushing).size() - 1).tick();

            await().atMost(Duration.ofSeconds(45)).until(() -> Outbox.open(database).counts().getOrDefault(DeliveryState.DELIVERED, 0L)
                    == RECORDS);
            Instant deliveredAt = Instant.now();
            String survivor = pushing.equals("node-a") ? "node-b" : "node-a";
            assertThat(storedBeforeKill).as("the kill landed in the middle of the pass").isLessThan(RECORDS);
            assertThat(deliveredAt).as("finished before the next tick").isBefore(cutTick.plusSeconds(60));
            assertThat(adapter.portal.records().products()).hasSize(RECORDS);
            assertThat(adapter.portal.storedUpserts()).as("no record stored twice (a replay of its key stores nothing)").isEqualTo(RECORDS);
            Map<DeliveryState, Long> counts = Outbox.open(database).counts();
            assertThat(counts.getOrDefault(DeliveryState.IN_FLIGHT, 0L) + counts.getOrDefault(DeliveryState.PENDING, 0L)).isZero();

            // Quartz's recovery re-ran the cut tick on the survivor, once, within check-in (1 s) + 7.5 s of the kill
            List<Fire> after = fires(survivor).stream().filter(f -> f.at().isAfter(killedAt)).toList();
            assertThat(after).as("the survivor's fires after the kill").hasSize(1);
            assertThat(after.get(0).tick()).as("the survivor re-ran the cut tick").isEqualTo(cutTick);
            assertThat(after.get(0).recovering()).isTrue();
            assertThat(Duration.between(killedAt, after.get(0).at())).isLessThan(Duration.ofSeconds(20));

            // status names the node that fired the last tick, and the nodes alive (the dead one recovered and gone)
            ByteArrayOutputStream status = new ByteArrayOutputStream();
            StatusCommand.print(adapter.settings(), new PrintStream(status, true, StandardCharsets.UTF_8));
            assertThat(status.toString(StandardCharsets.UTF_8))
                    .contains("push schedule: cron \"" + cron + "\"")
                    .containsPattern("last tick: \\S+ fired on node " + survivor + " at ")
                    .containsPattern("\n    " + survivor + ": last check-in ")
                    .doesNotContain("    " + pushing + ": last check-in");
        } finally {
            Databases.close(database);
        }
    }

    private void startNode(String name) throws IOException {
        Map<String, String> more = new HashMap<>();
        for (String key : List.of("txng.db.url", "txng.db.user", "txng.db.password", "txng.push.cron")) {
            more.put(key, adapter.settings().get(key));
        }
        more.put("txng.node.name", name);
        more.put("txng.node.checkin-interval", "1s");
        more.put("txng.push.lease", "3s");
        // each node its own inbox (the test stages the records) and its own management port
        more.put("txng.inbox.dir", work.resolve("inbox-" + name).toString());
        more.put("camel.management.port", String.valueOf(AdapterFixture.freePort()));
        Path log = work.resolve(name + ".log");
        nodes.put(name, adapter.startProcess(more, log, log, "run"));
    }

    /** Stages the products through the inbox with a one-pass run that does not push. */
    private void stage() throws Exception {
        adapter.drop("products.xml", message(IntStream.range(0, RECORDS)
                .mapToObj(i -> product(CircuitBreakerTest.gtin13(i), "Sản phẩm " + i)).toArray(String[]::new)));
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            new CamelApp(adapter.settings(), runtime, true).runOnce(false);
        }
    }

    private static String executingNode(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT instance_name FROM qrtz_fired_triggers WHERE state = 'EXECUTING'")) {
            assertThat(row.next()).as("a node is running the pass").isTrue();
            return row.getString(1);
        }
    }

    private static long count(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    record Fire(Instant tick, String node, Instant at, boolean recovering) {
    }

    private List<Fire> fires(String node) throws IOException {
        List<Fire> fires = new ArrayList<>();
        Matcher m = FIRE.matcher(Files.readString(work.resolve(node + ".log")));
        while (m.find()) {
            fires.add(new Fire(Instant.parse(m.group(1)), m.group(2), Instant.parse(m.group(3)), m.group(4) != null));
        }
        return fires;
    }
}
