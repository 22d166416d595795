package vn.txng.adapter.app;

import vn.txng.adapter.push.PushSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import vn.txng.adapter.outbox.DeliveryState;
import vn.txng.adapter.portal.Secret;
import vn.txng.adapter.portal.sandbox.SandboxServer;
import vn.txng.adapter.command.RunCommand;
import vn.txng.adapter.command.TxngCommand;

/**
 * A working folder with an inbox and a data folder, the project's own routes, and a real portal
 * sandbox on a loopback port that the adapter is configured to talk to as it would to the portal.
 */
final class AdapterFixture implements AutoCloseable {

    static final String CLIENT_ID = "it-client";
    /** Unique per run so a leak cannot match by chance. */
    static final String SECRET = "s3cr3t-" + UUID.randomUUID();

    final Path work;
    final Path inbox;
    final Path data;
    final SandboxServer portal;
    private Settings settings;

    AdapterFixture(Path work) {
        this.work = work;
        this.inbox = work.resolve("inbox");
        this.data = work.resolve("data");
        this.portal = new SandboxServer(CLIENT_ID, Secret.of(SECRET));
        portal.start(0);
        Properties p = new Properties();
        p.setProperty("txng.routes.dir", Path.of("routes").toAbsolutePath().toString());
        p.setProperty("txng.inbox.dir", inbox.toString());
        p.setProperty("txng.data.dir", data.toString());
        p.setProperty("txng.inbox.min-age", "50ms");
        p.setProperty("txng.inbox.poll-delay", "100");
        p.setProperty("txng.once.max-wait", "60s");
        // suites run side by side: the embedded HTTP server takes any free port
        p.setProperty("txng.http.port", "0");
        p.setProperty("txng.push.retry-initial", "300ms");
        p.setProperty("txng.push.retry-max", "1s");
        p.setProperty("txng.portal.api-base", portal.apiBase().toString());
        p.setProperty("txng.portal.token-url", portal.tokenUrl().toString());
        p.setProperty("txng.portal.client-id", CLIENT_ID);
        p.setProperty("txng.portal.client-secret", SECRET);
        // `run` serves health and metrics: never the fixed default port, since suites run side by side
        p.setProperty("camel.management.port", String.valueOf(freePort()));
        this.settings = Settings.load(Map.of(), p, work);
    }

    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Settings settings() {
        return settings;
    }

    AdapterFixture with(String key, String value) {
        settings = settings.with(key, value);
        return this;
    }

    /** Writes the file beside the inbox and moves it in whole, as a careful ERP would. */
    Path drop(String name, String content) throws IOException {
        Files.createDirectories(inbox);
        Path staging = work.resolve(name + ".part");
        Files.writeString(staging, content, StandardCharsets.UTF_8);
        return Files.move(staging, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Drops the README's samples (the ERP's XML files and the despatch advice) in the inbox. */
    void dropSamples() throws IOException {
        try (java.util.stream.Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".edi")).sorted().toList()) {
                drop(sample.getFileName().toString(), Files.readString(sample, StandardCharsets.UTF_8));
            }
        }
    }

    /** The eventIDs {@code export-epcis} writes for what is staged: what an EPCIS repository must end up with. */
    java.util.Set<String> exportedEventIds() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = vn.txng.adapter.command.ExportEpcisCommand.run(settings, new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("export-epcis exited " + exit);
        }
        return vn.txng.adapter.capture.CaptureRepositoryServer.eventIds(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toByteArray()));
    }

    /** {@code run --once}: ingest what waits, push, stop. */
    RunResult runOnce() throws Exception {
        try (AdapterRuntime runtime = AdapterRuntime.start(settings)) {
            CamelApp app = new CamelApp(settings, runtime, true);
            PushSummary summary = app.runOnce();
            return new RunResult(summary, runtime.outbox().counts(),
                    app.sources().failing().stream().map(m -> m.sourceId() + ": " + m.lastError()).toList());
        }
    }

    /** {@code run --once} as the command runs it ({@code push} false: {@code --no-push}): its exit code and standard output. */
    CommandRun runOnceCommand(boolean push) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (AdapterRuntime runtime = AdapterRuntime.start(settings)) {
            int exit = RunCommand.once(new CamelApp(settings, runtime, true), runtime, push,
                    new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            return new CommandRun(exit, out.toString(StandardCharsets.UTF_8));
        }
    }

    /** A command's exit code and what it printed on standard output. */
    record CommandRun(int exit, String stdout) {
        List<String> lines() {
            return stdout.lines().toList();
        }
    }

    /** {@code run}: every route started, until the result is closed. */
    Running start() throws Exception {
        AdapterRuntime runtime = AdapterRuntime.start(settings);
        CamelApp app = new CamelApp(settings, runtime, false);
        app.start();
        return new Running(runtime, app);
    }

    record Running(AdapterRuntime runtime, CamelApp app) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            app.stop();
            runtime.close();
        }
    }

    /**
     * The adapter as its own process ({@code java ... TxngCommand args}), with this fixture's settings
     * (and {@code more}) as -D options: for what only a process has, its signals, exit code and console.
     */
    Process startProcess(Map<String, String> more, Path stdout, Path stderr, String... args) throws IOException {
        return startProcess(System.getProperty("java.class.path"), more, stdout, stderr, args);
    }

    /** As {@link #startProcess(Map, Path, Path, String...)}, on the class path given. */
    Process startProcess(String classPath, Map<String, String> more, Path stdout, Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath));
        Map<String, String> values = new java.util.TreeMap<>();
        for (String key : List.of("txng.routes.dir", "txng.inbox.dir", "txng.data.dir", "txng.inbox.min-age",
                "txng.inbox.poll-delay", "txng.portal.api-base", "txng.portal.token-url", "txng.portal.client-id",
                "txng.portal.client-secret", "txng.portal.max-concurrency", "camel.management.port")) {
            values.put(key, settings.get(key));
        }
        values.putAll(more);
        values.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(TxngCommand.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(stdout.toFile());
        return (stdout.equals(stderr) ? builder.redirectErrorStream(true) : builder.redirectError(stderr.toFile())).start();
    }

    /** {@code push}: a push pass on its own. */
    RunResult push() throws Exception {
        try (AdapterRuntime runtime = AdapterRuntime.start(settings)) {
            PushSummary summary = CamelApp.pushOnce(settings, runtime);
            return new RunResult(summary, runtime.outbox().counts(), List.of());
        }
    }

    List<JsonNode> reports() throws IOException {
        Path dir = data.resolve("reports");
        List<JsonNode> reports = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return reports;
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                reports.add(json.readTree(file.toFile()));
            }
        }
        return reports;
    }

    JsonNode reportOf(String fileName) throws IOException {
        return reports().stream().filter(r -> r.path("file").asText().equals(fileName)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no report for " + fileName));
    }

    List<Path> filesUnder(String folder) throws IOException {
        Path dir = data.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    long portalCalls() {
        return portal.calls().values().stream().flatMap(byStatus -> byStatus.values().stream()).mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() {
        portal.stop();
    }

    /** {@code failingSources}: "sourceId: last error" of each source whose poll failed. */
    record RunResult(PushSummary summary, Map<DeliveryState, Long> counts, List<String> failingSources) {
        long count(DeliveryState state) {
            return counts.getOrDefault(state, 0L);
        }
    }
}
