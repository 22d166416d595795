package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
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

/** Two `run` processes on one PostgreSQL database, the push scheduled every second; one is killed mid-pass. */
class SeveralNodesTest {

    private static final int RECORDS = 40;
    private static final Pattern FIRE = Pattern.compile("push schedule: tick (\\S+) fired on node (\\S+) at (\\S+)");

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
    void should_finish_a_push_cut_by_a_killed_node_on_the_other_node_delivering_each_record_once_and_each_tick_once() throws Exception {
        // slow enough that the kill lands in the middle of the pass
        adapter = TestPostgres.onNewDatabase(new AdapterFixture(work).with("txng.portal.max-concurrency", "2"))
                .with("txng.push.cron", "* * * * * ?");
        adapter.portal.responseDelay(Duration.ofMillis(150));
        DataSource database = Databases.dataSource(adapter.settings());
        try {
            Outbox.open(database);
            startNode("node-a");
            startNode("node-b");
            await().atMost(Duration.ofSeconds(60)).until(() -> count(database, "SELECT COUNT(*) FROM qrtz_scheduler_state") == 2);

            stage();
            await().atMost(Duration.ofSeconds(60)).until(() -> adapter.portal.records().products().size() >= 6);
            String pushing = executingNode(database);
            Instant killedAt = Instant.now();
            nodes.get(pushing).destroyForcibly(); // SIGKILL: no chance to put anything back
            assertThat(nodes.get(pushing).waitFor(10, TimeUnit.SECONDS)).isTrue();
            int storedBeforeKill = adapter.portal.records().products().size();

            await().atMost(Duration.ofSeconds(90)).until(() -> Outbox.open(database).counts().getOrDefault(DeliveryState.DELIVERED, 0L)
                    == RECORDS);
            String survivor = pushing.equals("node-a") ? "node-b" : "node-a";
            assertThat(storedBeforeKill).as("the kill landed in the middle of the pass").isLessThan(RECORDS);
            assertThat(adapter.portal.records().products()).hasSize(RECORDS);
            assertThat(adapter.portal.storedUpserts()).as("no record stored twice (a replay of its key stores nothing)").isEqualTo(RECORDS);
            Map<DeliveryState, Long> counts = Outbox.open(database).counts();
            assertThat(counts.getOrDefault(DeliveryState.IN_FLIGHT, 0L) + counts.getOrDefault(DeliveryState.PENDING, 0L)).isZero();

            // the survivor's long pass blocked the ticks after it: they run once when it ends, not as a burst
            await().atMost(Duration.ofSeconds(30)).until(() -> fires(survivor).stream().filter(f -> f.at().isAfter(killedAt)).count() >= 2);
            List<Fire> fires = new ArrayList<>(fires("node-a"));
            fires.addAll(fires("node-b"));
            assertThat(fires.stream().map(Fire::tick).distinct().count()).as("each tick fired on one node: " + fires).isEqualTo(fires.size());
            assertThat(fires).as("the survivor fired after the kill").anyMatch(f -> f.node().equals(survivor) && f.at().isAfter(killedAt));
            // the ticks missed while the dead node's fire was recovered, then during the long pass, each run as one
            // fire (misfire: fire once now), never as a burst of late ticks fired one after another
            assertThat(fires.stream().filter(f -> f.at().isAfter(killedAt) && Duration.between(f.tick(), f.at()).toMillis() > 1500))
                    .as("late fires after the kill: " + fires).isEmpty();

            // status names the node that fired the last tick, and the nodes alive (the dead one recovered and gone)
            java.io.ByteArrayOutputStream status = new java.io.ByteArrayOutputStream();
            StatusCommand.print(adapter.settings(), new java.io.PrintStream(status, true, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(status.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("push schedule: cron \"* * * * * ?\"")
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

    record Fire(Instant tick, String node, Instant at) {
    }

    private List<Fire> fires(String node) throws IOException {
        List<Fire> fires = new ArrayList<>();
        Matcher m = FIRE.matcher(Files.readString(work.resolve(node + ".log")));
        while (m.find()) {
            fires.add(new Fire(Instant.parse(m.group(1)), m.group(2), Instant.parse(m.group(3))));
        }
        return fires;
    }
}
