package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.source.ProcessedFiles;

/** The default node name survives a restart: a process restarted after a crash mid-file takes its claim back at once. */
class RestartedNodeTest {

    @TempDir
    Path work;

    @Test
    void should_claim_again_at_once_a_file_the_crashed_process_had_claimed_under_the_default_node_name() throws Exception {
        Path data = work.resolve("data");
        // the process that crashes: its own JVM (its own process id), the default txng.node.name
        Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dtxng.data.dir=" + data, ClaimThenHalt.class.getName(),
                "lots.xml-10-1").directory(work.toFile()).redirectErrorStream(true).start();
        assertThat(crashed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(crashed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("claimed true");

        Settings restarted = Settings.load(Map.of(), new Properties(), work).with("txng.data.dir", data.toString());
        DataSource database = Databases.dataSource(restarted);
        try {
            Outbox.open(database);
            ProcessedFiles files = new ProcessedFiles(database, "plant-a", restarted.nodeName(), Duration.ofMinutes(15), Clock.systemUTC());
            assertThat(files.add("lots.xml-10-1")).as("its own claim, well within the lease: " + out).isTrue();
        } finally {
            Databases.close(database);
        }
    }
}
