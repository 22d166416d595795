package vn.txng.adapter.jar;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packaged adapter as a user starts it: {@code java -jar <build>/txng-adapter.jar ARGS} in a working
 * folder, with environment variables and {@code -D} options of its own (no {@code TXNG_*} or
 * {@code CAMEL_*} variable of the test's JVM leaks in). Standard output and error go to files in the
 * working folder ({@code <n>-<command>.out} / {@code .err}); a process not finished in time is killed
 * and fails the test with the end of its standard error.
 */
final class JarProcess implements AutoCloseable {

    /** The jar under test, named by failsafe (pom.xml, {@code txng.jar}); from an IDE, the build folder's. */
    static final Path JAR = Path.of(System.getProperty("txng.jar", "target/txng-adapter.jar")).toAbsolutePath();
    /** How long any command may take, start-up included, on a loaded 2-core machine. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    private static final AtomicInteger STARTED = new AtomicInteger();

    private final Path work;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private Process process;
    private Path out;
    private Path err;
    private String command;

    private JarProcess(Path work) {
        this.work = work;
    }

    /** A process to be started in {@code work} (created if missing). */
    static JarProcess in(Path work) {
        try {
            return new JarProcess(Files.createDirectories(work));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JarProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** {@code -Dkey=value} before {@code -jar}. */
    JarProcess define(String key, String value) {
        systemProperties.put(key, value);
        return this;
    }

    JarProcess start(String... args) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        systemProperties.forEach((key, value) -> line.add("-D" + key + "=" + value));
        line.add("-jar");
        line.add(JAR.toString());
        line.addAll(List.of(args));
        command = String.join(" ", args);
        String name = STARTED.incrementAndGet() + "-" + (args.length == 0 ? "help" : args[0]);
        out = work.resolve(name + ".out");
        err = work.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(line).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("TXNG_") || variable.startsWith("CAMEL_"));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + line, e);
        }
        return this;
    }

    /** Starts the command and waits for its exit code. */
    int run(String... args) {
        return start(args).exitCode();
    }

    /** Waits for the exit code (at most {@link #COMMAND_TIMEOUT}). */
    int exitCode() {
        try {
            if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("`" + command + "` did not finish within " + COMMAND_TIMEOUT + "; its standard error ends:\n"
                        + tail(err()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for `" + command + "`", e);
        }
        return process.exitValue();
    }

    /** SIGTERM (what {@code kill}, systemd and Kubernetes send), then the exit code. */
    int terminate() {
        process.destroy();
        return exitCode();
    }

    /** Waits until standard output holds {@code text} (the process still running). */
    JarProcess awaitOut(String text) {
        await().atMost(COMMAND_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive() && !out().contains(text)) {
                throw new AssertionError("`" + command + "` exited " + process.exitValue() + " before printing '" + text
                        + "'; its standard error ends:\n" + tail(err()));
            }
            return out().contains(text);
        });
        return this;
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    /** The last 30 lines of standard error, for a failure's message. */
    String errTail() {
        return tail(err());
    }

    List<String> outLines() {
        return out().lines().toList();
    }

    List<String> errLines() {
        return err().lines().toList();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "java -jar " + JAR.getFileName() + " " + command + " in " + work;
    }
}
