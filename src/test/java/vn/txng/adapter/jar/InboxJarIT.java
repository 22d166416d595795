package vn.txng.adapter.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local inbox of the packaged jar on its default, relative folders ({@code ./inbox}, {@code ./data}), as a
 * newcomer's first night: an empty export, a good one and a file that is no export, then {@code run --once}.
 * The empty file holds nothing up and is reported {@code EMPTY_FILE}; processed and failed files land under
 * {@code ./data}, not below the inbox; the refused file makes the run exit {@code 5} and is named on standard
 * output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxJarIT {

    /** README: "5 a file was refused whole (moved to failed) or left unread". */
    private static final int FILES_NOT_READ = 5;

    @TempDir
    static Path work;

    private SandboxProcess sandbox;
    private JarProcess run;
    private int exit;
    private Path folder;

    @BeforeAll
    void runOnceOverAnEmptyAGoodAndARefusedFile() throws IOException {
        sandbox = new SandboxProcess(work.resolve("sandbox"));
        folder = Files.createDirectories(work.resolve("adapter"));
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        // written a minute ago: older than txng.inbox.min-age, so the run does not wait for them to settle
        settled(Files.createFile(inbox.resolve("nothing-today.xml")));
        settled(Files.writeString(inbox.resolve("lots.xml"), ErpExport.productAndLot("L-INBOX-1")));
        settled(Files.writeString(inbox.resolve("notes.txt"), "this is not an export\n"));
        run = JarProcess.in(folder);
        sandbox.portalEnvironment().forEach(run::env);
        exit = run.run("run", "--once");
    }

    private static void settled(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @AfterAll
    void stop() {
        run.close();
        sandbox.close();
    }

    @Test
    void should_exit_5_and_name_the_file_refused_whole() {
        assertThat(exit).as(run.errTail()).isEqualTo(FILES_NOT_READ);
        assertThat(run.outLines()).contains("refused whole (moved to the failed folder; fix each file and drop it again):")
                .anySatisfy(line -> assertThat(line).startsWith("  notes.txt (inbox): UNKNOWN_FORMAT"));
    }

    @Test
    void should_report_the_empty_file_and_deliver_the_good_one_beside_it() throws Exception {
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).contains("nothing-today.xml").contains("EMPTY_FILE"));
        assertThat(sandbox.lotKeys()).anySatisfy(key -> assertThat(key).endsWith("/L-INBOX-1"));
    }

    @Test
    void should_move_processed_and_failed_files_under_the_working_folders_data() throws IOException {
        assertThat(namesUnder(folder.resolve("data/processed"))).anySatisfy(name -> assertThat(name).startsWith("nothing-today."))
                .anySatisfy(name -> assertThat(name).startsWith("lots."));
        assertThat(namesUnder(folder.resolve("data/failed"))).singleElement().satisfies(name -> assertThat(name).startsWith("notes."));
        assertThat(folder.resolve("inbox/data")).doesNotExist();
        assertThat(namesUnder(folder.resolve("inbox"))).isEmpty();
    }

    @Test
    void should_print_the_client_secret_given_in_the_environment_nowhere() {
        assertThat(sandboxSecret()).isNotBlank();
        assertThat(run.out()).doesNotContain(sandboxSecret());
        assertThat(run.err()).as("the run logs").isNotBlank().doesNotContain(sandboxSecret());
    }

    private String sandboxSecret() {
        return sandbox.portalEnvironment().get("TXNG_PORTAL_CLIENT_SECRET");
    }

    /** The names of the regular files below {@code root}, at any depth (the day's folder). */
    private static List<String> namesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> p.getFileName().toString()).toList();
        }
    }
}
