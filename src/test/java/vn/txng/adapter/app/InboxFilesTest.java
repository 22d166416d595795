package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.GTIN_B;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.AdapterFixture.RunResult;
import vn.txng.adapter.ingest.UnreadFile;
import vn.txng.adapter.outbox.DeliveryState;

/** The local inbox: an empty file, a file that never settles, and where files go once read. */
class InboxFilesTest {

    @TempDir
    Path work;
    AdapterFixture adapter;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void start() {
        adapter = new AdapterFixture(work);
    }

    @AfterEach
    void stop() {
        writer.shutdownNow();
        adapter.close();
    }

    @Test
    void should_read_an_empty_file_at_once_report_it_empty_and_still_read_the_file_beside_it() throws Exception {
        // an ERP's export of a day with nothing to say, older than the good file, so first in line
        Path empty = adapter.drop("empty.xml", "");
        Files.setLastModifiedTime(empty, FileTime.from(Instant.now().minusSeconds(60)));
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));
        // the inbox drains or the run gives up: either way the test ends
        adapter.with("txng.once.max-wait", "20s");

        RunResult run = adapter.runOnce();

        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(1);
        JsonNode report = adapter.reportOf("empty.xml");
        assertThat(report.path("status").asText()).isEqualTo("PROCESSED");
        assertThat(report.path("records").asLong()).isZero();
        assertThat(report.path("warnings")).singleElement().satisfies(w -> assertThat(w.asText()).startsWith("empty.xml: EMPTY_FILE: "));
        assertThat(adapter.filesUnder("processed")).extracting(p -> p.getFileName().toString())
                .anySatisfy(name -> assertThat(name).startsWith("empty."))
                .anySatisfy(name -> assertThat(name).startsWith("good."));
        assertThat(Files.list(adapter.inbox).toList()).isEmpty();
    }

    @Test
    void should_leave_a_file_that_keeps_changing_for_the_next_poll_name_it_and_read_the_others() throws Exception {
        adapter.with("txng.inbox.min-age", "300ms").with("txng.inbox.read-lock-timeout", "1s");
        Path growing = adapter.drop("growing.xml", message(product(GTIN_B, "Trà xanh")));
        // an ERP still writing: the file changes every 50 ms
        writer.scheduleAtFixedRate(() -> touch(growing), 0, 50, TimeUnit.MILLISECONDS);
        try (LogCapture log = new LogCapture(Level.WARN); AdapterFixture.Running running = adapter.start()) {
            // the inbox waits on the growing file (Camel's marker beside it) when the good one arrives
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                    .until(() -> Files.exists(adapter.inbox.resolve("growing.xml.camelLock")));
            adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));

            await().atMost(Duration.ofSeconds(30)).until(() -> adapter.reports().stream()
                    .anyMatch(r -> r.path("file").asText().equals("good.xml")));

            assertThat(growing).exists();
            List<UnreadFile> unread = running.runtime().reports().unreadFiles();
            assertThat(unread).singleElement().satisfies(file -> {
                assertThat(file.file()).isEqualTo("growing.xml");
                assertThat(file.source()).isEqualTo("inbox");
                assertThat(file.reason()).contains("still changing").contains("txng.inbox.read-lock-timeout");
            });
            assertThat(log.lines("WARN", "growing.xml")).isNotEmpty();
        }
    }

    @Test
    void should_end_a_one_pass_run_with_a_file_that_keeps_changing_left_in_the_inbox() throws Exception {
        adapter.with("txng.inbox.min-age", "300ms").with("txng.inbox.read-lock-timeout", "1s").with("txng.once.max-wait", "10m");
        Path growing = adapter.drop("growing.xml", message(product(GTIN_B, "Trà xanh")));
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));
        writer.scheduleAtFixedRate(() -> touch(growing), 0, 50, TimeUnit.MILLISECONDS);

        RunResult run = assertTimeoutPreemptively(Duration.ofMinutes(2), adapter::runOnce);

        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(1);
        assertThat(growing).exists();
        assertThat(adapter.reports()).extracting(r -> r.path("file").asText()).containsExactly("good.xml");
    }

    @Test
    void should_exit_5_naming_the_file_that_kept_changing_as_not_read() throws Exception {
        adapter.with("txng.inbox.min-age", "300ms").with("txng.inbox.read-lock-timeout", "1s").with("txng.once.max-wait", "10m");
        Path growing = adapter.drop("growing.xml", message(product(GTIN_B, "Trà xanh")));
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));
        writer.scheduleAtFixedRate(() -> touch(growing), 0, 50, TimeUnit.MILLISECONDS);

        AdapterFixture.CommandRun run = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> adapter.runOnceCommand(true));

        assertThat(run.exit()).isEqualTo(vn.txng.adapter.command.RunCommand.FILES_NOT_READ);
        assertThat(run.lines()).contains("not read (left where they were; the next run tries them again):")
                .anySatisfy(line -> assertThat(line).startsWith("  growing.xml (inbox): "));
    }

    @Test
    void should_move_read_files_to_the_data_folder_of_the_working_folder_with_the_default_relative_data_dir() throws Exception {
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));
        Path output = work.resolve("adapter.log");

        // as a user runs it: the defaults `inbox` and `data`, relative to the folder the adapter is started in
        Process once = adapter.startProcess(Map.of("txng.inbox.dir", "inbox", "txng.data.dir", "data"), output, output, "run", "--once");

        assertThat(once.waitFor(120, TimeUnit.SECONDS)).as("run --once ended").isTrue();
        assertThat(once.exitValue()).as(Files.readString(output)).isZero();
        Path day = work.resolve("data").resolve("processed").resolve(LocalDate.now().toString());
        try (Stream<Path> moved = Files.list(day)) {
            assertThat(moved.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).startsWith("good.").endsWith(".xml"));
        }
        assertThat(adapter.inbox.resolve("data")).doesNotExist();
    }

    private static void touch(Path file) {
        try {
            Files.writeString(file, " ", java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
