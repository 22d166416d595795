package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.lot;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.command.RunCommand;

/** The client secret shows nowhere: not in any log line at any level, report, summary or status. */
class SecretsTest {

    @TempDir
    Path work;
    AdapterFixture adapter;
    private final StringWriter logs = new StringWriter();
    private WriterAppender appender;
    private Level previous;

    @BeforeEach
    void captureEveryLogLine() {
        adapter = new AdapterFixture(work);
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        appender = WriterAppender.createAppender(PatternLayout.newBuilder().withPattern("%m %ex%n").build(), null,
                (Writer) new PrintWriter(logs), "secrets-test", false, true);
        appender.start();
        LoggerConfig root = context.getConfiguration().getRootLogger();
        previous = root.getLevel();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.ALL);
        context.updateLoggers();
    }

    @AfterEach
    void restore() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender("secrets-test");
        root.setLevel(previous);
        context.updateLoggers();
        appender.stop();
        adapter.close();
    }

    private String everythingWritten() throws Exception {
        StringBuilder all = new StringBuilder(logs.toString());
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/db/")).toList()) {
                all.append(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void should_not_show_the_secret_in_a_delivering_run() throws Exception {
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm"), lot(GTIN_A, "L1", 10)));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.count(DeliveryState.DELIVERED)).isEqualTo(2);
        assertThat(logs.toString()).isNotEmpty();
        assertThat(everythingWritten()).doesNotContain(AdapterFixture.SECRET);
        assertThat(adapter.settings().toString()).doesNotContain(AdapterFixture.SECRET);
    }

    @Test
    void should_not_show_a_refused_secret_in_the_failure() throws Exception {
        String wrong = "wrong-" + AdapterFixture.SECRET;
        adapter.with("txng.portal.client-secret", wrong);
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.summary().wasStoppedByConnection()).isTrue();
        assertThat(run.count(DeliveryState.PENDING)).as("a refusal of the credentials is not the record's fault").isEqualTo(1);
        assertThat(everythingWritten()).doesNotContain(wrong).doesNotContain(AdapterFixture.SECRET);
        assertThat(run.summary().problems().toString()).doesNotContain(wrong);
    }

    @Test
    void should_not_print_the_secret_in_the_run_summary_or_status() throws Exception {
        adapter.drop("good.xml", message(product(GTIN_A, "Nước mắm")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try (AdapterRuntime runtime = AdapterRuntime.start(adapter.settings())) {
            RunCommand.printSummary(runtime, new CamelApp(adapter.settings(), runtime, true).runOnce());
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("delivered").doesNotContain(AdapterFixture.SECRET);
    }
}
