package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.GTIN_B;
import static vn.txng.adapter.app.Messages.lot;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.Level;
import vn.txng.adapter.source.SourceMonitor;
import static org.awaitility.Awaitility.await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.source.SftpServerFixture;
import vn.txng.adapter.command.RunCommand;
import vn.txng.adapter.command.StatusCommand;
import vn.txng.adapter.command.TxngCommand;

/** {@code txng-sftp-source} against a real SFTP server in-process (Apache MINA SSHD). */
class SftpSourceTest {

    static final String PASSWORD = "sftp-pw-" + java.util.UUID.randomUUID();

    @TempDir
    Path work;
    AdapterFixture adapter;
    SftpServerFixture sftp;
    SourceInstances instances;
    KeyPair clientKey;
    Path clientKeyFile;

    @BeforeEach
    void start() throws Exception {
        clientKeyFile = work.resolve("client.key");
        clientKey = SftpServerFixture.clientKey(clientKeyFile);
        sftp = new SftpServerFixture(work, PASSWORD, clientKey.getPublic());
        instances = new SourceInstances(work.resolve("routes"));
        adapter = new AdapterFixture(work).with("txng.routes.dir", instances.routes().toString());
    }

    @AfterEach
    void stop() throws Exception {
        sftp.close();
        adapter.close();
    }

    Map<String, String> plantA() {
        return SourceInstances.sftpParameters(sftp, PASSWORD);
    }

    @Test
    void should_stage_a_file_read_over_sftp_and_move_it_to_the_done_folder() throws Exception {
        instances.add("txng-sftp-source", "plant-a", plantA());
        sftp.drop("lots.xml", message(product(GTIN_A, "Nước mắm"), lot(GTIN_A, "L1", 10)));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).isEmpty();
        assertThat(adapter.reportOf("lots.xml").path("source").asText()).isEqualTo("plant-a");
        assertThat(adapter.reportOf("lots.xml").path("accepted").asLong()).isEqualTo(2);
        assertThat(sftp.root().resolve("lots.xml")).doesNotExist();
        assertThat(Files.list(sftp.root().resolve(".done")).toList()).singleElement()
                .satisfies(day -> assertThat(day.resolve("lots.xml")).exists());
    }

    @Test
    void should_list_the_source_with_its_last_poll_and_last_file_in_status() throws Exception {
        instances.add("txng-sftp-source", "plant-a", plantA());
        sftp.drop("lots.xml", message(product(GTIN_A, "Nước mắm")));

        adapter.runOnce();

        java.io.ByteArrayOutputStream status = new java.io.ByteArrayOutputStream();
        StatusCommand.print(adapter.settings(), new java.io.PrintStream(status, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(status.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("plant-a (txng-sftp-source, sftp erp@127.0.0.1:" + sftp.port() + "/)")
                .containsPattern("last poll: 20\\d\\d-")
                .contains("last file: lots.xml at ")
                .contains("last error: none");
    }

    @Test
    void should_log_in_with_a_private_key_instead_of_a_password() throws Exception {
        Map<String, String> p = plantA();
        p.remove("password");
        p.put("privateKeyFile", clientKeyFile.toString());
        instances.add("txng-sftp-source", "plant-a", p);
        sftp.drop("lots.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).isEmpty();
        assertThat(adapter.reportOf("lots.xml").path("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void should_refuse_a_server_whose_host_key_is_not_the_one_in_known_hosts() throws Exception {
        Path otherKnownHosts = Files.writeString(work.resolve("other_known_hosts"), sftp.knownHostsLine(SftpServerFixture.strangerKey()));
        Map<String, String> p = plantA();
        p.put("knownHostsFile", otherKnownHosts.toString());
        instances.add("txng-sftp-source", "plant-a", p);
        sftp.drop("lots.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(run.failingSources()).singleElement().asString().startsWith("plant-a: ").containsIgnoringCase("HostKey");
        assertThat(adapter.reports()).isEmpty();
        assertThat(sftp.root().resolve("lots.xml")).exists();
    }

    @Test
    void should_not_read_a_kept_file_again_after_a_restart() throws Exception {
        Map<String, String> p = plantA();
        p.put("afterRead", "keep");
        p.put("readLock", "changed");
        p.put("minAge", "100ms");
        instances.add("txng-sftp-source", "plant-a", p);
        sftp.drop("lots.xml", message(product(GTIN_A, "Nước mắm")));

        adapter.runOnce();
        adapter.runOnce();

        assertThat(adapter.reports()).hasSize(1);
        assertThat(sftp.root().resolve("lots.xml")).exists();
    }

    @Test
    void should_read_a_kept_file_again_when_it_is_uploaded_again_with_new_content() throws Exception {
        Map<String, String> p = plantA();
        p.put("afterRead", "keep");
        p.put("readLock", "changed");
        p.put("minAge", "100ms");
        instances.add("txng-sftp-source", "plant-a", p);
        Path file = sftp.drop("products.xml", message(product(GTIN_A, "Nước mắm")));
        adapter.runOnce();

        Files.delete(file);
        sftp.drop("products.xml", message(product(GTIN_A, "Nước mắm"), product(GTIN_B, "Nước tương")));
        adapter.runOnce();

        assertThat(adapter.reports()).hasSize(2);
        assertThat(adapter.reportOf("products.xml").path("accepted").asLong()).as("the new product").isEqualTo(1);
        assertThat(adapter.reportOf("products.xml").path("unchanged").asLong()).as("the one read before").isEqualTo(1);
    }

    @Test
    void should_fetch_a_file_whole_on_the_next_poll_after_the_connection_dropped_mid_download() throws Exception {
        instances.add("txng-sftp-source", "plant-a", plantA());
        String[] lots = new String[3000];
        for (int i = 0; i < lots.length; i++) {
            lots[i] = lot(GTIN_A, "L" + i, 10);
        }
        sftp.cutNextDownload();
        sftp.drop("lots.xml", message(lots));

        try (AdapterFixture.Running running = adapter.start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !adapter.reports().isEmpty());
        }

        assertThat(sftp.downloadsCut()).isEqualTo(1);
        assertThat(adapter.reports()).singleElement().satisfies(report -> {
            assertThat(report.path("status").asText()).isEqualTo("PROCESSED");
            assertThat(report.path("accepted").asLong()).isEqualTo(lots.length);
        });
    }

    @Test
    void should_not_read_a_file_while_it_is_still_growing() throws Exception {
        Map<String, String> p = plantA();
        p.put("readLock", "changed");
        p.put("minAge", "1s");
        instances.add("txng-sftp-source", "plant-a", p);
        Path file = sftp.root().resolve("lots.xml");
        int lots = 30;
        Files.writeString(file, message().replace("</TraceabilityMessage>\n", ""));
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger written = new AtomicInteger();
        try (AdapterFixture.Running running = adapter.start()) {
            // the ERP writes one lot every 100 ms, then closes the message: 3 s in all, polled every 200 ms
            writer.scheduleAtFixedRate(() -> {
                int n = written.getAndIncrement();
                String part = n < lots ? lot(GTIN_A, "G" + n, 1) : n == lots ? "</TraceabilityMessage>\n" : "";
                try {
                    Files.writeString(file, part, StandardOpenOption.APPEND);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 0, 100, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> !adapter.reports().isEmpty());
        } finally {
            writer.shutdownNow();
        }

        assertThat(adapter.reports()).singleElement().satisfies(report -> {
            assertThat(report.path("status").asText()).isEqualTo("PROCESSED");
            assertThat(report.path("accepted").asLong()).isEqualTo(lots);
        });
    }

    @Test
    void should_read_one_source_while_another_is_down() throws Exception {
        instances.add("txng-sftp-source", "plant-a", plantA());
        Map<String, String> down = plantA();
        down.put("port", Integer.toString(closedPort()));
        instances.add("txng-sftp-source", "plant-b", down);
        sftp.drop("lots.xml", message(product(GTIN_A, "Nước mắm")));

        AdapterFixture.RunResult run = adapter.runOnce();

        assertThat(adapter.reportOf("lots.xml").path("source").asText()).isEqualTo("plant-a");
        assertThat(run.failingSources()).singleElement().asString().startsWith("plant-b: ");
        assertThat(run.summary().deliveredProducts()).as("the push still ran").isEqualTo(1);
    }

    @Test
    void should_warn_once_while_a_server_is_down_and_say_when_it_is_back() throws Exception {
        instances.add("txng-sftp-source", "plant-a", plantA());
        try (LogCapture logs = new LogCapture(Level.INFO); AdapterFixture.Running running = adapter.start()) {
            SourceMonitor monitor = running.app().sources().monitors().get(0);
            await().atMost(Duration.ofSeconds(10)).until(() -> monitor.completedPolls() >= 1);
            sftp.stop();
            long pollsBefore = monitor.completedPolls();
            await().atMost(Duration.ofSeconds(30)).until(() -> monitor.failing() && monitor.completedPolls() >= pollsBefore + 3);
            sftp.startAgain();
            await().atMost(Duration.ofSeconds(30)).until(() -> !monitor.failing());

            assertThat(logs.lines("WARN", "plant-a")).singleElement().asString()
                    .contains("source plant-a (sftp erp@127.0.0.1:" + sftp.port()).doesNotContain("\tat ");
            assertThat(logs.lines("INFO", "source plant-a")).anySatisfy(line -> assertThat(line).contains("recovered"));
        }
    }

    @Test
    void should_report_a_wrong_password_without_printing_it() throws Exception {
        Map<String, String> p = plantA();
        String wrong = "wrong-" + PASSWORD;
        // as an integrator would pass it: a placeholder, resolved from the environment (here a system property)
        p.put("password", "{{sys:txng-test.plant-a-password}}");
        instances.add("txng-sftp-source", "plant-a", p);
        AdapterFixture.RunResult run;
        System.setProperty("txng-test.plant-a-password", wrong);
        try (LogCapture logs = new LogCapture(Level.ALL)) {
            run = adapter.runOnce();
            assertThat(logs.text()).contains("source plant-a").doesNotContain(wrong);
        } finally {
            System.clearProperty("txng-test.plant-a-password");
        }

        assertThat(run.failingSources()).singleElement().asString().startsWith("plant-a: ").containsIgnoringCase("auth").doesNotContain(wrong);
        java.io.ByteArrayOutputStream status = new java.io.ByteArrayOutputStream();
        StatusCommand.print(adapter.settings(), new java.io.PrintStream(status, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(status.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("plant-a").contains("last error: ").doesNotContain(wrong);
    }

    @Test
    void should_move_a_file_that_cannot_be_read_to_the_error_folder_and_not_read_it_again() throws Exception {
        instances.add("txng-sftp-source", "plant-a", plantA());
        sftp.drop("garbage.bin", "\u0000\u0001 not a message");

        adapter.runOnce();
        adapter.runOnce();

        assertThat(adapter.reports()).singleElement().satisfies(r -> assertThat(r.path("status").asText()).isEqualTo("FAILED"));
        assertThat(Files.list(sftp.root().resolve(".error")).toList()).singleElement()
                .satisfies(day -> assertThat(day.resolve("garbage.bin")).exists());
    }

    @Test
    void should_read_a_file_only_once_its_done_file_is_there() throws Exception {
        Map<String, String> p = plantA();
        p.put("readLock", "done-file");
        instances.add("txng-sftp-source", "plant-a", p);
        sftp.drop("lots.xml", message(product(GTIN_A, "Nước mắm")));

        adapter.runOnce();
        assertThat(adapter.reports()).as("no done file yet").isEmpty();

        sftp.drop("lots.xml.done", "");
        adapter.runOnce();
        assertThat(adapter.reportOf("lots.xml").path("accepted").asLong()).isEqualTo(1);
        assertThat(sftp.root().resolve("lots.xml.done")).as("the marker is removed with the file").doesNotExist();
    }

    @Test
    void should_exit_with_code_4_naming_the_source_that_could_not_be_read() throws Exception {
        Map<String, String> down = plantA();
        down.put("port", Integer.toString(closedPort()));
        instances.add("txng-sftp-source", "plant-b", down);
        java.util.Properties saved = (java.util.Properties) System.getProperties().clone();
        adapter.settings().forCamel().forEach((k, v) -> System.setProperty(k.toString(), v.toString()));
        System.setProperty("txng.portal.client-secret", AdapterFixture.SECRET);
        java.io.PrintStream out = System.out;
        try {
            assertThat(TxngCommand.execute("run", "--once")).isEqualTo(RunCommand.SOURCE_UNREACHABLE);
        } finally {
            System.setOut(out);
            System.setProperties(saved);
        }
    }

    @Test
    void should_warn_at_start_when_host_key_checking_is_turned_off() throws Exception {
        Map<String, String> p = plantA();
        p.put("strictHostKeyChecking", "no");
        instances.add("txng-sftp-source", "plant-a", p);
        try (LogCapture logs = new LogCapture(Level.INFO)) {
            adapter.runOnce();
            assertThat(logs.lines("WARN", "source plant-a: strictHostKeyChecking is no")).hasSize(1);
        }
    }

    @Test
    void should_start_every_template_with_its_default_intervals() throws Exception {
        Map<String, String> sftpDefaults = plantA();
        sftpDefaults.remove("delay");
        instances.add("txng-sftp-source", "plant-a", sftpDefaults);
        instances.add("txng-ftp-source", "plant-b", Map.of("host", "127.0.0.1", "username", "erp"));
        instances.add("txng-http-source", "erp-web", Map.of("url", "http://127.0.0.1:9/export.xml"));
        try (AdapterFixture.Running running = adapter.start()) {
            for (String route : new String[] {"plant-a", "plant-b", "erp-web"}) {
                assertThat(running.app().context().getRouteController().getRouteStatus(route))
                        .isEqualTo(org.apache.camel.ServiceStatus.Started);
            }
        }
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
