package vn.txng.adapter.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's order for a key, in the packaged jar: an environment variable beats {@code -D}, which
 * beats {@code application.properties} in the working folder, which beats the defaults packed in the
 * jar; for a {@code txng.*} key ({@code txng.http.port}, the HTTP inbox's port) and a {@code camel.*} key
 * that Camel Main reads ({@code camel.management.port}, health and metrics). Three `run` processes,
 * each given a different pair of ports by each way it sets; the ports that answer say which won.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfigurationJarIT {

    private static final String TOKEN = "inbox-token-for-the-port-probe";

    @TempDir
    static Path work;

    private Served environmentDAndFile;
    private Served dAndFile;
    private Served fileOnly;

    /** The ports one way of setting gives: the HTTP inbox's, and the management server's. */
    record Ports(int http, int management) {
        /** {@code n} pairs of free ports, all different (every socket held until all are chosen, so none is handed out twice). */
        static Ports[] free(int n) throws IOException {
            List<ServerSocket> held = new java.util.ArrayList<>();
            try {
                Ports[] ports = new Ports[n];
                for (int i = 0; i < n; i++) {
                    ServerSocket a = new ServerSocket(0);
                    held.add(a);
                    ServerSocket b = new ServerSocket(0);
                    held.add(b);
                    ports[i] = new Ports(a.getLocalPort(), b.getLocalPort());
                }
                return ports;
            } finally {
                for (ServerSocket socket : held) {
                    socket.close();
                }
            }
        }
    }

    /**
     * One `run`, with the ports each way sets (its own, since the three run side by side); and which of
     * them answered for each key (empty: none did).
     */
    record Served(Ports env, Ports d, Ports file, Optional<Ports> http, Optional<Ports> management, String log) {
    }

    @BeforeAll
    void runOncePerWayOfSetting() throws Exception {
        // the three boot side by side (seconds each), then each is probed and stopped
        Ports[] all = Ports.free(9);
        Ports[][] ports = {{all[0], all[1], all[2]}, {all[3], all[4], all[5]}, {all[6], all[7], all[8]}};
        try (JarProcess environmentWins = start("env", ports[0], true, true);
                JarProcess dWins = start("d", ports[1], false, true);
                JarProcess fileWins = start("file", ports[2], false, false)) {
            environmentDAndFile = served(environmentWins, ports[0]);
            dAndFile = served(dWins, ports[1]);
            fileOnly = served(fileWins, ports[2]);
        }
    }

    /** `run` with {@code ports} env, -D and file: the file's in ./application.properties, the others when asked for. */
    private JarProcess start(String name, Ports[] ports, boolean byEnvironment, boolean byD) throws IOException {
        Path folder = work.resolve(name);
        Path routes = ErpExport.routesWithJobs(folder.resolve("routes"));
        ErpExport.instance(routes, "txng-http-inbox", "erp-push", Map.of("token", TOKEN));
        Files.writeString(folder.resolve("application.properties"),
                "txng.http.port=" + ports[2].http() + "\ncamel.management.port=" + ports[2].management() + "\n");
        JarProcess run = JarProcess.in(folder);
        if (byEnvironment) {
            run.env("TXNG_HTTP_PORT", Integer.toString(ports[0].http())).env("CAMEL_MANAGEMENT_PORT", Integer.toString(ports[0].management()));
        }
        if (byD) {
            run.define("txng.http.port", Integer.toString(ports[1].http())).define("camel.management.port", Integer.toString(ports[1].management()));
        }
        return run.start("run");
    }

    /** Which of its candidate ports the process serves on, then SIGTERM. */
    private static Served served(JarProcess run, Ports[] ports) {
        List<Ports> candidates = List.of(ports);
        Optional<Ports> http = answering(run, candidates, p -> ErpExport.get(p.http(), "/inbox/erp-push").status() > 0);
        Optional<Ports> management = answering(run, candidates, p -> ErpExport.get(p.management(), "/observe/health/live").status() > 0);
        run.terminate();
        return new Served(ports[0], ports[1], ports[2], http, management, run.errTail());
    }

    /** The candidate whose port answers first (the adapter serves the inbox once its routes run, health before). */
    private static Optional<Ports> answering(JarProcess run, List<Ports> candidates, java.util.function.Predicate<Ports> answers) {
        Ports[] found = {null};
        try {
            await().atMost(JarProcess.COMMAND_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
                for (Ports p : candidates) {
                    if (answers.test(p)) {
                        found[0] = p;
                        return true;
                    }
                }
                return !run.isAlive();
            });
        } catch (ConditionTimeoutException e) {
            // none answered: the assertion says so
        }
        return Optional.ofNullable(found[0]);
    }

    @Test
    void should_take_a_txng_key_from_the_environment_over_d_and_the_working_folder_file() {
        assertThat(environmentDAndFile.http()).as(environmentDAndFile.log()).contains(environmentDAndFile.env());
    }

    @Test
    void should_take_a_camel_key_from_the_environment_over_d_and_the_working_folder_file() {
        assertThat(environmentDAndFile.management()).as(environmentDAndFile.log()).contains(environmentDAndFile.env());
    }

    @Test
    void should_take_a_txng_key_from_d_over_the_working_folder_file() {
        assertThat(dAndFile.http()).as(dAndFile.log()).contains(dAndFile.d());
    }

    @Test
    void should_take_a_camel_key_from_d_over_the_working_folder_file() {
        assertThat(dAndFile.management()).as(dAndFile.log()).contains(dAndFile.d());
    }

    @Test
    void should_take_a_txng_key_from_the_working_folder_file_over_the_packed_default() {
        assertThat(fileOnly.http()).as(fileOnly.log()).contains(fileOnly.file());
    }

    @Test
    void should_take_a_camel_key_from_the_working_folder_file_over_the_packed_default() {
        assertThat(fileOnly.management()).as(fileOnly.log()).contains(fileOnly.file());
    }
}
