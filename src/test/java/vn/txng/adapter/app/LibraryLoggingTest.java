package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.command.TxngCommand;

/**
 * StAEDI logs through java.util.logging; the command line routes that into Log4j (log4j-jul), so its lines follow
 * log4j2.properties. Run as a process: the routing is set up by {@code main}, before any logger exists.
 */
class LibraryLoggingTest {

    @TempDir
    Path work;

    @Test
    void should_keep_staedis_schema_notes_off_standard_error_under_the_default_logging() throws Exception {
        Run run = validate(List.of());

        assertThat(run.err).doesNotContain("Unused ELEMENT").doesNotContain("INFO:").doesNotContain("logUnusedTypes");
        assertThat(run.out).startsWith("x12-ship-notice.edi: 2 records read, 2 valid");
        assertThat(run.exit).isZero();
    }

    @Test
    void should_route_staedis_java_util_logging_lines_into_log4j_at_their_level() throws Exception {
        Path config = work.resolve("log4j2-test.properties");
        Files.writeString(config, String.join("\n",
                "appender.console.type = Console",
                "appender.console.target = SYSTEM_ERR",
                "appender.console.name = console",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = LOG4J %level %c{1} - %msg%n",
                "rootLogger.level = warn",
                "rootLogger.appenderRef.console.ref = console",
                "logger.staedi.name = io.xlate.edi",
                "logger.staedi.level = info", ""));

        Run run = validate(List.of("-Dlog4j2.configurationFile=" + config));

        assertThat(run.err).contains("LOG4J INFO SchemaReaderBase - Unused ELEMENT").doesNotContain("INFO:");
    }

    private Run validate(List<String> jvmOptions) throws IOException, InterruptedException {
        Path edi = work.resolve("x12-ship-notice.edi");
        Files.copy(Path.of("src/test/resources/edi/x12-856-ship-notice-two-items.edi"), edi);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TxngCommand.class.getName(), "validate",
                edi.toString()));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("validate finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
