package vn.txng.adapter.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Every log line from {@code level} up, with stack traces, while open: "LEVEL logger - message". */
final class LogCapture implements AutoCloseable {

    private static final String NAME = "log-capture";
    private final StringWriter lines = new StringWriter();
    private final Level previous;

    LogCapture(Level level) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        WriterAppender appender = WriterAppender.createAppender(PatternLayout.newBuilder().withPattern("%-5level %c - %m %ex%n").build(),
                null, (Writer) new PrintWriter(lines), NAME, false, true);
        appender.start();
        LoggerConfig root = context.getConfiguration().getRootLogger();
        previous = root.getLevel();
        root.addAppender(appender, level, null);
        root.setLevel(level);
        context.getConfiguration().getLoggerConfig("vn.txng").setLevel(level);
        context.updateLoggers();
    }

    String text() {
        synchronized (lines) {
            return lines.toString();
        }
    }

    List<String> lines(String level, String containing) {
        return Arrays.stream(text().split("\n")).filter(l -> l.startsWith(level) && l.contains(containing)).toList();
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender(NAME);
        root.setLevel(previous);
        context.getConfiguration().getLoggerConfig("vn.txng").setLevel(Level.INFO);
        context.updateLoggers();
    }
}
