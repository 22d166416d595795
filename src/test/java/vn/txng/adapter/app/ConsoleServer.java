package vn.txng.adapter.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.txng.adapter.push.PushSummary;

/**
 * The adapter serving as `run` does, in-process, with the console on (user {@value #USER}, password
 * {@link #PASSWORD}) on a free port of 127.0.0.1, and the push schedule far away so that only a test pushes.
 */
public final class ConsoleServer implements AutoCloseable {

    public static final String USER = "operator";
    public static final String PASSWORD = "console-" + java.util.UUID.randomUUID();

    final AdapterFixture fixture;
    private final AdapterRuntime runtime;
    private final CamelApp app;
    private final int port;

    private ConsoleServer(AdapterFixture fixture) throws Exception {
        this.fixture = fixture;
        this.port = AdapterFixture.freePort();
        fixture.with("txng.console.user", USER).with("txng.console.password", PASSWORD)
                .with("txng.http.port", Integer.toString(port)).with("txng.push.cron", "0 0 2 1 1 ? 2099");
        this.runtime = AdapterRuntime.start(fixture.settings());
        this.app = new CamelApp(fixture.settings(), runtime, false);
        app.start();
    }

    /** A working folder under {@code work} with a sandbox portal, the adapter serving the console; H2 unless {@code postgres}. */
    public static ConsoleServer start(Path work, boolean postgres) throws Exception {
        AdapterFixture fixture = new AdapterFixture(work);
        if (postgres) {
            TestPostgres.onNewDatabase(fixture);
        }
        return new ConsoleServer(fixture);
    }

    /**
     * As {@link #start} on H2, with one source instance of {@code template} ({@code routes/<sourceId>.camel.yaml}) beside
     * the project's jobs.
     */
    public static ConsoleServer withSource(Path work, String template, String sourceId, java.util.Map<String, String> parameters)
            throws Exception {
        AdapterFixture fixture = new AdapterFixture(work);
        SourceInstances instances = new SourceInstances(work.resolve("routes"));
        instances.add(template, sourceId, parameters);
        fixture.with("txng.routes.dir", instances.routes().toString());
        return new ConsoleServer(fixture);
    }

    /** When the source's last error was recorded, or null. */
    public java.time.Instant lastErrorAt(String sourceId) {
        return new vn.txng.adapter.source.SourceStates(runtime.dataSource()).list().stream()
                .filter(row -> row.sourceId().equals(sourceId)).map(vn.txng.adapter.source.SourceStates.Row::lastErrorAt)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** As {@link #start}, after a `run --once` of the project's samples/ (staged, pushed to the sandbox). */
    public static ConsoleServer afterSamples(Path work, boolean postgres) throws Exception {
        AdapterFixture fixture = new AdapterFixture(work);
        if (postgres) {
            TestPostgres.onNewDatabase(fixture);
        }
        Files.createDirectories(fixture.inbox);
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(Files::isRegularFile).toList()) {
                Files.copy(sample, fixture.inbox.resolve(sample.getFileName()));
            }
        }
        fixture.runOnce();
        return new ConsoleServer(fixture);
    }

    /**
     * As {@link #afterSamples} on H2 with an EPCIS repository at {@code captureUrl} as second target: the samples' `run
     * --once` also captures them there.
     */
    public static ConsoleServer afterSamplesCapturedTo(Path work, URI captureUrl) throws Exception {
        AdapterFixture fixture = new AdapterFixture(work).with("txng.epcis.capture-url", captureUrl.toString());
        fixture.dropSamples();
        AdapterFixture.CommandRun run = fixture.runOnceCommand(true);
        if (run.exit() != 0) {
            throw new IllegalStateException("run --once exited " + run.exit() + ": " + run.stdout());
        }
        return new ConsoleServer(fixture);
    }

    /** Drops a file in the inbox (the serving adapter reads it at its next poll). */
    public void drop(String name, String content) throws IOException {
        fixture.drop(name, content);
    }

    /** An XML message with one product of this name (escaped for XML here). */
    public static String productMessage(String gtin, String name) {
        return Messages.message(Messages.product(gtin, name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")));
    }

    /** An XML message with a product and one lot L1 of it. */
    public static String productAndLotMessage(String gtin, String name) {
        return Messages.message(Messages.productAndLots(gtin, name, 1));
    }

    public PushSummary push() {
        return app.push();
    }

    /** The sandbox refuses the next product with success=false (a rejection with the portal's reason). */
    public void portalRejectsNextProduct() {
        fixture.portal.injectFault(vn.txng.adapter.portal.sandbox.Fault.successFalse(1).onPath("/tochuc/v5/ToChuc_SanPham"));
    }

    public boolean portalHasProduct(String gtin) {
        return fixture.portal.records().product(gtin).isPresent() || fixture.portal.records().product("0" + gtin).isPresent();
    }

    public long rejected() {
        return runtime.outbox().counts().getOrDefault(vn.txng.adapter.outbox.DeliveryState.REJECTED, 0L);
    }

    public long staged() {
        return runtime.outbox().counts().values().stream().mapToLong(Long::longValue).sum();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    /** Signs in with a plain HTTP client; the session cookie's value. */
    public String signIn(HttpClient http) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://127.0.0.1:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("user=" + USER + "&password=" + PASSWORD, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException(
                "no session cookie: " + response.statusCode() + " " + response.body()));
        return cookie.substring(0, cookie.indexOf(';'));
    }

    /** The form token on a signed-in page. */
    public static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no form token on the page");
        }
        return token.group(1);
    }

    @Override
    public void close() throws Exception {
        try {
            app.stop();
        } finally {
            runtime.close();
            fixture.close();
        }
    }
}
