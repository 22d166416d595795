package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.source.FtpServerFixture;
import vn.txng.adapter.source.TestCertificate;

/** {@code txng-ftp-source} and {@code txng-ftps-source} against a real FTP server in-process (Apache FtpServer). */
class FtpSourceTest {

    static final String PASSWORD = "ftp-pw-" + UUID.randomUUID();

    @TempDir
    static Path certificates;
    static TestCertificate certificate;

    @TempDir
    Path work;
    AdapterFixture adapter;
    SourceInstances instances;
    FtpServerFixture ftp;

    @BeforeAll
    static void makeCertificate() throws Exception {
        certificate = TestCertificate.create(certificates);
    }

    @BeforeEach
    void start() throws Exception {
        instances = new SourceInstances(work.resolve("routes"));
        adapter = new AdapterFixture(work).with("txng.routes.dir", instances.routes().toString());
    }

    @AfterEach
    void stop() {
        if (ftp != null) {
            ftp.close();
        }
        adapter.close();
    }

    Map<String, String> source(String user) {
        Map<String, String> p = new HashMap<>();
        p.put("host", "127.0.0.1");
        p.put("port", Integer.toString(ftp.port()));
        p.put("username", user);
        p.put("password", PASSWORD);
        p.put("delay", "200");
        p.put("minAge", "100ms");
        return p;
    }

    Map<String, String> trusting(Map<String, String> p) {
        p.put("trustStoreFile", certificate.trustStore().toString());
        p.put("trustStorePassword", certificate.password());
        return p;
    }

    @Test
    void should_stage_a_file_read_over_ftp_and_move_it_to_the_done_folder() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, null, false);
        instances.add("txng-ftp-source", "plant-a", source(FtpServerFixture.USER));
        ftp.drop("products.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).isEmpty();
        assertThat(adapter.reportOf("products.xml").path("accepted").asLong()).isEqualTo(1);
        assertThat(Files.list(ftp.root().resolve(".done")).toList()).singleElement()
                .satisfies(day -> assertThat(day.resolve("products.xml")).exists());
    }

    @Test
    void should_read_over_explicit_ftps_trusting_the_given_certificate() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, certificate, false);
        instances.add("txng-ftps-source", "plant-a", trusting(source(FtpServerFixture.USER)));
        ftp.drop("products.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).isEmpty();
        assertThat(adapter.reportOf("products.xml").path("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void should_not_log_the_trust_store_password_given_as_a_placeholder() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, certificate, false);
        Map<String, String> p = trusting(source(FtpServerFixture.USER));
        // as an integrator would pass it: a placeholder, resolved from the environment (here a system property)
        p.put("trustStorePassword", "{{sys:txng-test.plant-a-trust-password}}");
        instances.add("txng-ftps-source", "plant-a", p);
        ftp.drop("products.xml", message(product(GTIN_A, "Nước mắm")));
        System.setProperty("txng-test.plant-a-trust-password", certificate.password());
        try (LogCapture logs = new LogCapture(org.apache.logging.log4j.Level.ALL)) {
            AdapterFixture.RunResult run = adapter.runOnce();

            assertThat(run.failingSources()).isEmpty();
            assertThat(logs.text()).contains("plant-a").doesNotContain(certificate.password());
        } finally {
            System.clearProperty("txng-test.plant-a-trust-password");
        }
        assertThat(adapter.reportOf("products.xml").path("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void should_read_over_implicit_ftps() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, certificate, true);
        Map<String, String> p = trusting(source(FtpServerFixture.USER));
        p.put("implicit", "true");
        instances.add("txng-ftps-source", "plant-a", p);
        ftp.drop("products.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).isEmpty();
        assertThat(adapter.reportOf("products.xml").path("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void should_refuse_an_ftps_server_whose_certificate_the_jvm_does_not_trust() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, certificate, false);
        instances.add("txng-ftps-source", "plant-a", source(FtpServerFixture.USER));
        ftp.drop("products.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).singleElement().asString().startsWith("plant-a: ").containsIgnoringCase("certif");
        assertThat(adapter.reports()).isEmpty();
    }

    @Test
    void should_process_a_file_once_on_a_read_only_account_that_keeps_it() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, null, false);
        Map<String, String> p = source(FtpServerFixture.READER);
        p.put("afterRead", "keep");
        instances.add("txng-ftp-source", "plant-a", p);
        ftp.drop("products.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult first = adapter.runOnce();
        AdapterFixture.RunResult second = adapter.runOnce();

        assertThat(first.failingSources()).isEmpty();
        assertThat(second.failingSources()).isEmpty();
        assertThat(adapter.reports()).hasSize(1);
        assertThat(ftp.root().resolve("products.xml")).exists();
    }

    @Test
    void should_process_a_file_once_when_the_server_refuses_to_move_it() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, null, false);
        instances.add("txng-ftp-source", "plant-a", source(FtpServerFixture.READER));
        ftp.drop("products.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult first = adapter.runOnce();
        adapter.runOnce();

        assertThat(first.failingSources()).singleElement().asString().startsWith("plant-a: ");
        assertThat(adapter.reports()).singleElement().satisfies(r -> assertThat(r.path("accepted").asLong()).isEqualTo(1));
        assertThat(ftp.root().resolve("products.xml")).as("left where it was").exists();
    }

    @Test
    void should_name_the_source_whose_password_is_wrong() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, null, false);
        Map<String, String> p = source(FtpServerFixture.USER);
        p.put("password", "not-" + PASSWORD);
        instances.add("txng-ftp-source", "plant-a", p);

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).singleElement().asString().startsWith("plant-a: ").contains("530").doesNotContain(PASSWORD);
    }

    @Test
    void should_not_read_a_file_while_it_is_still_growing() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, null, false);
        Map<String, String> p = source(FtpServerFixture.USER);
        p.put("minAge", "1s");
        instances.add("txng-ftp-source", "plant-a", p);
        Path file = ftp.root().resolve("lots.xml");
        int lots = 30;
        Files.writeString(file, message().replace("</TraceabilityMessage>\n", ""));
        java.util.concurrent.ScheduledExecutorService writer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        try (AdapterFixture.Running running = adapter.start()) {
            // the ERP writes one lot every 100 ms, then closes the message: 3 s in all, polled every 200 ms
            writer.scheduleAtFixedRate(() -> {
                int n = written.getAndIncrement();
                String part = n < lots ? Messages.lot(GTIN_A, "G" + n, 1) : n == lots ? "</TraceabilityMessage>\n" : "";
                try {
                    Files.writeString(file, part, java.nio.file.StandardOpenOption.APPEND);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 0, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !adapter.reports().isEmpty());
        } finally {
            writer.shutdownNow();
        }

        assertThat(adapter.reports()).singleElement().satisfies(report -> {
            assertThat(report.path("status").asText()).isEqualTo("PROCESSED");
            assertThat(report.path("accepted").asLong()).isEqualTo(lots);
        });
    }

    @Test
    void should_read_an_empty_file_over_ftp_report_it_empty_and_move_it_to_the_done_folder() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, null, false);
        instances.add("txng-ftp-source", "plant-a", source(FtpServerFixture.USER));
        ftp.drop("empty.xml", "");
        ftp.drop("products.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).isEmpty();
        assertThat(adapter.reportOf("empty.xml").path("warnings")).singleElement()
                .satisfies(w -> assertThat(w.asText()).startsWith("empty.xml: EMPTY_FILE: "));
        assertThat(adapter.reportOf("products.xml").path("accepted").asLong()).isEqualTo(1);
        assertThat(Files.list(ftp.root().resolve(".done")).toList()).singleElement()
                .satisfies(day -> assertThat(day.resolve("empty.xml")).exists());
    }

    @Test
    void should_leave_a_file_still_changing_on_the_server_for_the_next_poll_name_it_and_read_the_others() throws Exception {
        ftp = new FtpServerFixture(work, PASSWORD, null, false);
        instances.add("txng-ftp-source", "plant-a", source(FtpServerFixture.USER));
        Path growing = ftp.drop("growing.xml", message(product(GTIN_A, "Nước mắm")));
        ftp.drop("products.xml", message(product(GTIN_A, "Nước mắm")));
        java.util.concurrent.ScheduledExecutorService writer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        // an ERP that never finishes: the file grows every 50 ms, so its size is never the same twice minAge apart
        writer.scheduleAtFixedRate(() -> {
            try {
                Files.writeString(growing, " ", java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, 0, 50, java.util.concurrent.TimeUnit.MILLISECONDS);
        try (AdapterFixture.Running running = adapter.start()) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                    !running.runtime().reports().unreadFiles().isEmpty() && !adapter.reports().isEmpty());

            assertThat(running.runtime().reports().unreadFiles()).singleElement().satisfies(file -> {
                assertThat(file.source()).isEqualTo("plant-a");
                assertThat(file.file()).isEqualTo("growing.xml");
                assertThat(file.reason()).contains("still changing");
            });
            assertThat(adapter.reports()).extracting(r -> r.path("file").asText()).containsExactly("products.xml");
            assertThat(growing).exists();
        } finally {
            writer.shutdownNow();
        }
    }
}
