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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.source.SftpServerFixture;

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
        Map<String, String> p = new HashMap<>();
        p.put("host", "127.0.0.1");
        p.put("port", Integer.toString(sftp.port()));
        p.put("username", SftpServerFixture.USER);
        p.put("password", PASSWORD);
        p.put("knownHostsFile", sftp.knownHosts().toString());
        p.put("delay", "200");
        return p;
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
}
