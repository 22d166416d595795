package vn.txng.adapter.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.source.FtpServerFixture;
import vn.txng.adapter.source.HttpExportServer;
import vn.txng.adapter.source.SftpServerFixture;
import vn.txng.adapter.source.TestCertificate;

/**
 * `run` and `run --once` of the packaged jar, configured through the environment, against real servers:
 * one instance of every shipped source template in the routes folder, a sandbox portal started by
 * {@code java -jar ... sandbox}. The HTTP inbox needs an adapter that serves, so `run` serves first,
 * with a routes folder holding only the jobs and the inbox: the ERP's POST is answered 202, the serving
 * adapter stages the file (its receipt's report says so), then SIGTERM (the push waits for the schedule).
 * The file servers and the HTTP export get their files only then, and one `run --once` reads those four
 * and delivers all five to the sandbox.
 *
 * <p>Every URI scheme a shipped route or template uses, and where it starts here: {@code file:}
 * (ingest-inbox.camel.yaml and the HTTP inbox's spool), {@code quartz:} (push-schedule.camel.yaml, in
 * `run`), {@code platform-http:} (txng-http-inbox, and Camel's health and metrics, in `run`),
 * {@code ftp:}, {@code ftps:}, {@code sftp:} (the file source templates), {@code timer:} and
 * {@code http:} (txng-http-source), {@code direct:} and the bean EIP (push-portal.camel.yaml), in
 * `run --once`. The push flow's resilience4j circuit breaker runs with every push.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunJarIT {

    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final String INBOX_TOKEN = "inbox-" + UUID.randomUUID();
    private static final List<String> LOTS = List.of("FTP-1", "FTPS-1", "SFTP-1", "HTTP-1", "INBOX-1");

    @TempDir
    static Path work;

    private final List<AutoCloseable> servers = new ArrayList<>();
    private SandboxProcess sandbox;
    private JarProcess serving;
    private JarProcess once;
    private int managementPort;
    private ErpExport.Answer health;
    private ErpExport.Answer metrics;
    private ErpExport.Answer inboxAnswer;
    private ErpExport.Answer inboxReport;
    private int servingExit;
    private int onceExit;
    private List<String> deliveredLots;

    @BeforeAll
    void runTheJarAsAUserWould() throws Exception {
        sandbox = new SandboxProcess(work.resolve("sandbox"));
        TestCertificate certificate = TestCertificate.create(Files.createDirectories(work.resolve("tls")));
        FtpServerFixture ftp = serve(new FtpServerFixture(work.resolve("ftp"), PASSWORD, null, false));
        FtpServerFixture ftps = serve(new FtpServerFixture(work.resolve("ftps"), PASSWORD, certificate, false));
        SftpServerFixture sftp = serve(new SftpServerFixture(work.resolve("sftp"), PASSWORD, null));
        HttpExportServer export = serve(new HttpExportServer());

        Path adapter = work.resolve("adapter");
        Path routes = ErpExport.routesWithJobs(adapter.resolve("routes"));
        ErpExport.instance(routes, "txng-ftp-source", "erp-ftp", fileServer(ftp.port(), Map.of()));
        ErpExport.instance(routes, "txng-ftps-source", "erp-ftps", fileServer(ftps.port(),
                Map.of("trustStoreFile", certificate.trustStore().toString(), "trustStorePassword", certificate.password())));
        ErpExport.instance(routes, "txng-sftp-source", "erp-sftp", fileServer(sftp.port(),
                Map.of("knownHostsFile", sftp.knownHosts().toString())));
        ErpExport.instance(routes, "txng-http-source", "erp-http", Map.of("url", export.url(), "delay", "200"));
        Map<String, String> inbox = Map.of("token", INBOX_TOKEN, "maxSize", "1MB");
        ErpExport.instance(routes, "txng-http-inbox", "erp-push", inbox);
        Path servingRoutes = ErpExport.routesWithJobs(adapter.resolve("routes-serving"));
        ErpExport.instance(servingRoutes, "txng-http-inbox", "erp-push", inbox);

        managementPort = freePort();
        int httpPort = freePort();
        serving = JarProcess.in(adapter).env("TXNG_ROUTES_DIR", servingRoutes.toString())
                .env("CAMEL_MANAGEMENT_PORT", Integer.toString(managementPort)).env("TXNG_HTTP_PORT", Integer.toString(httpPort))
                .env("TXNG_LOG_FORMAT", "json").env("TXNG_INBOX_POLL_DELAY", "200");
        sandbox.portalEnvironment().forEach(serving::env);
        serving.start("run");
        // the business port answers (whatever it says to a GET of the inbox) once the routes run; health is served before them
        awaitAnswer(httpPort, "/inbox/erp-push", answer -> answer.status() > 0);
        health = awaitAnswer(managementPort, "/observe/health", answer -> answer.status() == 200);
        metrics = ErpExport.get(managementPort, "/observe/metrics");
        inboxAnswer = ErpExport.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/inbox/erp-push"))
                .header("Authorization", "Bearer " + INBOX_TOKEN).header("X-File-Name", "pushed.xml")
                .POST(HttpRequest.BodyPublishers.ofString(ErpExport.productAndLot("INBOX-1"))));
        String report = new ObjectMapper().readTree(inboxAnswer.status() == 202 ? inboxAnswer.body() : "{}").path("report").asText();
        inboxReport = awaitAnswer(() -> ErpExport.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + report)).header("Authorization", "Bearer " + INBOX_TOKEN).GET()),
                answer -> answer.body().contains("\"accepted\""));
        servingExit = serving.terminate();

        ftp.drop("export-ftp.xml", ErpExport.productAndLot("FTP-1"));
        ftps.drop("export-ftps.xml", ErpExport.productAndLot("FTPS-1"));
        sftp.drop("export-sftp.xml", ErpExport.productAndLot("SFTP-1"));
        export.publish(ErpExport.productAndLot("HTTP-1"));
        once = JarProcess.in(adapter);
        sandbox.portalEnvironment().forEach(once::env);
        onceExit = once.run("run", "--once");
        deliveredLots = sandbox.lotKeys();
    }

    private <T extends AutoCloseable> T serve(T server) {
        servers.add(server);
        return server;
    }

    /** A file source on the loopback port: password login, quick polls and read lock. */
    private static Map<String, String> fileServer(int port, Map<String, String> more) {
        Map<String, String> p = new LinkedHashMap<>(Map.of("host", "127.0.0.1", "port", Integer.toString(port),
                "username", "erp", "password", PASSWORD, "delay", "200", "minAge", "100ms"));
        p.putAll(more);
        return p;
    }

    /** GET on the serving adapter's port until the answer is {@code wanted}: that answer, or the last one (the test asserting on it fails). */
    private ErpExport.Answer awaitAnswer(int port, String path, Predicate<ErpExport.Answer> wanted) {
        return awaitAnswer(() -> ErpExport.get(port, path), wanted);
    }

    private ErpExport.Answer awaitAnswer(Supplier<ErpExport.Answer> call, Predicate<ErpExport.Answer> wanted) {
        ErpExport.Answer[] last = {null};
        try {
            await().atMost(JarProcess.COMMAND_TIMEOUT).pollInterval(Duration.ofMillis(200))
                    .until(() -> !serving.isAlive() || wanted.test(last[0] = call.get()));
        } catch (ConditionTimeoutException e) {
            // asserted by the test that needs it
        }
        return last[0] == null ? new ErpExport.Answer(-1, "the adapter exited: " + serving.errTail()) : last[0];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
        sandbox.close();
        serving.close();
    }

    @Test
    void should_deliver_the_file_of_every_shipped_source_template_to_the_portal_in_one_pass() {
        assertThat(deliveredLots).as("lots in the sandbox; run --once said:\n%s", once.out())
                .containsExactlyInAnyOrderElementsOf(LOTS.stream().map(lot -> ErpExport.GTIN + "/" + lot).toList());
    }

    @Test
    void should_exit_0_from_run_once_when_every_record_is_delivered() {
        assertThat(onceExit).as(once.out() + once.errTail()).isZero();
    }

    @Test
    void should_take_an_erp_post_to_the_http_inbox_while_serving() {
        assertThat(inboxAnswer.status()).as(inboxAnswer.body()).isEqualTo(202);
    }

    @Test
    void should_stage_the_posted_file_while_serving_and_say_so_in_its_receipt() throws IOException {
        assertThat(new ObjectMapper().readTree(inboxReport.body()).path("accepted").asLong()).as(inboxReport.body()).isEqualTo(2);
    }

    @Test
    void should_serve_health_on_the_management_port_named_by_CAMEL_MANAGEMENT_PORT() {
        assertThat(health.status()).as("GET :%d/observe/health: %s", managementPort, health.body()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    @Test
    void should_serve_prometheus_metrics_on_the_management_port() {
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body()).contains("txng_outbox_records");
    }

    @Test
    void should_write_one_json_object_per_line_on_every_stream_with_TXNG_LOG_FORMAT_json() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>(serving.errLines());
        lines.addAll(serving.outLines());
        assertThat(lines).hasSizeGreaterThan(10);
        for (String line : lines) {
            JsonNode event;
            try {
                event = json.readTree(line);
            } catch (IOException notJson) {
                throw new AssertionError("not a JSON object: " + line, notJson);
            }
            assertThat(event.isObject()).as(line).isTrue();
            assertThat(event.path("message").isMissingNode()).as(line).isFalse();
        }
    }

    @Test
    void should_exit_0_on_SIGTERM() {
        assertThat(servingExit).as(serving.errTail()).isZero();
    }
}
