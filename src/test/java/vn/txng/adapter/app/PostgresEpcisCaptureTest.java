package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.capture.CaptureRepositoryServer;

/** The EPCIS repository's delivery state (migration V8) with the outbox on a real PostgreSQL server. */
class PostgresEpcisCaptureTest {

    @TempDir
    Path work;
    AdapterFixture adapter;
    CaptureRepositoryServer repository;

    @BeforeEach
    void start() throws Exception {
        repository = new CaptureRepositoryServer();
        adapter = TestPostgres.onNewDatabase(new AdapterFixture(work))
                .with("txng.epcis.capture-url", repository.captureUrl().toString())
                .with("txng.epcis.poll-interval", "20ms")
                .with("txng.push.retry-initial", "1ms");
        adapter.dropSamples();
    }

    @AfterEach
    void stop() {
        adapter.close();
        repository.close();
    }

    @Test
    void should_capture_every_event_once_and_nothing_in_the_next_pass() throws Exception {
        adapter.runOnceCommand(true);
        int captures = repository.captures();

        AdapterFixture.CommandRun second = adapter.runOnceCommand(true);

        assertThat(repository.events().keySet()).isNotEmpty().isEqualTo(adapter.exportedEventIds());
        assertThat(repository.captures()).isEqualTo(captures);
        assertThat(second.stdout()).contains("0 captured (0 already there), 0 refused, 0 to retry, 0 skipped");
    }

    @Test
    void should_retry_the_events_of_a_lost_reply_and_count_their_duplicates_as_captured() throws Exception {
        repository.loseReplies(1);
        adapter.runOnceCommand(true);

        AdapterFixture.CommandRun second = adapter.runOnceCommand(true);

        assertThat(second.stdout()).contains(adapter.exportedEventIds().size() + " captured (" + adapter.exportedEventIds().size() + " already there)");
    }
}
