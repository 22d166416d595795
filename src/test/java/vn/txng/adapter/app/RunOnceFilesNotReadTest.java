package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.GTIN_B;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.app.AdapterFixture.CommandRun;
import vn.txng.adapter.command.RunCommand;
import vn.txng.adapter.source.FtpServerFixture;

/** `run --once` exits 5 when files were refused whole or left unread, and its summary names each with why. */
class RunOnceFilesNotReadTest {

    @TempDir
    Path work;
    AdapterFixture adapter;
    FtpServerFixture ftp;

    @AfterEach
    void stop() {
        if (ftp != null) {
            ftp.close();
        }
        if (adapter != null) {
            adapter.close();
        }
    }

    @Test
    void should_exit_5_and_name_a_file_refused_whole_with_its_code() throws Exception {
        adapter = new AdapterFixture(work);
        adapter.drop("notes.txt", "this is not an export\n");
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));

        CommandRun run = adapter.runOnceCommand(true);

        assertThat(run.exit()).isEqualTo(RunCommand.FILES_NOT_READ);
        assertThat(run.lines()).contains("refused whole (moved to the failed folder; fix each file and drop it again):")
                .anySatisfy(line -> assertThat(line).startsWith("  notes.txt (inbox): UNKNOWN_FORMAT at notes.txt"));
        assertThat(adapter.portal.records().product(GTIN_A)).isPresent();
    }

    @Test
    void should_exit_5_and_name_an_inbox_file_whose_staging_failed() throws Exception {
        adapter = new AdapterFixture(work);
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit;
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            // the outbox's table gone while the file is staged: its writes fail, a fault of the database, not of the file
            sql(runtime, "ALTER TABLE outbox_record RENAME TO outbox_record_away");
            runtime.reports().onReport(report -> sql(runtime, "ALTER TABLE outbox_record_away RENAME TO outbox_record"));
            exit = RunCommand.once(new CamelApp(adapter.settings(), runtime, true), runtime, false,
                    new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThat(exit).isEqualTo(RunCommand.FILES_NOT_READ);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList())
                .anySatisfy(line -> assertThat(line).startsWith("  good.xml (inbox): FILE_FAILED"));
    }

    private static void sql(AdapterRuntime runtime, String statement) {
        try (java.sql.Connection connection = runtime.dataSource().getConnection();
                java.sql.Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void should_exit_0_when_every_file_was_read_and_delivered() throws Exception {
        adapter = new AdapterFixture(work);
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));

        CommandRun run = adapter.runOnceCommand(true);

        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).doesNotContain("refused whole").doesNotContain("not read");
    }

    @Test
    void should_exit_5_and_print_no_push_line_without_the_push_when_a_file_was_refused() throws Exception {
        adapter = new AdapterFixture(work);
        adapter.drop("notes.txt", "this is not an export\n");
        adapter.drop("good.xml", message(product(GTIN_B, "Trà xanh")));

        CommandRun run = adapter.runOnceCommand(false);

        assertThat(run.exit()).isEqualTo(RunCommand.FILES_NOT_READ);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("  notes.txt (inbox): UNKNOWN_FORMAT"))
                .noneSatisfy(line -> assertThat(line).startsWith("push:"))
                .contains("not pushed (--no-push): staged records wait in the outbox for `push` or the schedule");
        assertThat(adapter.portalCalls()).isZero();
    }

    @Test
    void should_exit_5_and_name_an_inbox_file_still_being_written_when_the_wait_runs_out() throws Exception {
        // the file changes every 50 ms: never quiet for the inbox's 1 s
        adapter = new AdapterFixture(work).with("txng.inbox.min-age", "1s").with("txng.once.max-wait", "2s")
                .with("txng.shutdown.timeout", "1s");
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));

        CommandRun run;
        try (GrowingFile growing = new GrowingFile(adapter.inbox.resolve("slow.xml"))) {
            run = adapter.runOnceCommand(true);
        }

        assertThat(run.exit()).isEqualTo(RunCommand.FILES_NOT_READ);
        assertThat(run.lines()).contains("not read (left where they were; the next run tries them again):")
                .anySatisfy(line -> assertThat(line).startsWith("  slow.xml (inbox): still being written"))
                .anySatisfy(line -> assertThat(line).startsWith("stopped waiting after txng.once.max-wait (2s)"));
        assertThat(adapter.portal.records().product(GTIN_A)).isPresent();
    }

    @Test
    void should_exit_5_and_name_a_remote_file_its_read_lock_gave_up_on() throws Exception {
        SourceInstances instances = new SourceInstances(work.resolve("routes"));
        adapter = new AdapterFixture(work).with("txng.routes.dir", instances.routes().toString());
        ftp = new FtpServerFixture(work, FtpSourceTest.PASSWORD, null, false);
        instances.add("txng-ftp-source", "plant-a", Map.of("host", "127.0.0.1", "port", Integer.toString(ftp.port()),
                "username", FtpServerFixture.USER, "password", FtpSourceTest.PASSWORD, "delay", "200", "minAge", "100ms"));

        CommandRun run;
        try (GrowingFile growing = new GrowingFile(ftp.root().resolve("export.xml"))) {
            run = adapter.runOnceCommand(true);
        }

        assertThat(run.exit()).isEqualTo(RunCommand.FILES_NOT_READ);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("  export.xml (plant-a): its read lock gave up"));
    }
}
