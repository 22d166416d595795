package vn.txng.adapter.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.outbox.Outbox;
import vn.txng.adapter.outbox.OutboxDataSources;

/** What a source's repository of claimed files remembers of the files it left unread, on a real H2 outbox. */
class ProcessedFilesTest {

    @TempDir
    Path work;

    @Test
    void should_remember_a_file_growing_over_many_polls_once_by_its_latest_size_and_time() {
        JdbcConnectionPool database = OutboxDataSources.h2(work.resolve("db"));
        try {
            Outbox.open(database);
            ProcessedFiles files = new ProcessedFiles(database, "plant-a", "node-a", Duration.ofMinutes(15), Clock.systemUTC());
            // each poll sees the file bigger and newer, and its read lock gives up on it (Camel then removes the claim)
            for (int poll = 1; poll <= 50; poll++) {
                String key = "lots.xml-" + (poll * 1000) + "-" + (1_700_000_000_000L + poll);
                assertThat(files.add(key)).isTrue();
                files.remove(key);
            }
            files.add("other.xml-10-1700000000000");
            files.remove("other.xml-10-1700000000000");

            assertThat(files.unconfirmed()).containsOnlyKeys("lots.xml-50000-1700000000050", "other.xml-10-1700000000000");
        } finally {
            database.dispose();
        }
    }
}
