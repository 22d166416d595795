package vn.txng.adapter.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.capture.CaptureRepositoryServer;

/**
 * {@code java -jar txng-adapter.jar run --once} configured by the environment alone (TXNG_EPCIS_*) captures the
 * README's samples into an EPCIS 2.0 repository, beside its push to the built-in sandbox portal.
 */
class EpcisCaptureJarIT {

    private static final String TOKEN = "jar-token-" + UUID.randomUUID();

    @TempDir
    Path work;
    CaptureRepositoryServer repository;

    @BeforeEach
    void startTheRepository() {
        repository = new CaptureRepositoryServer().requireAuthorization("Bearer " + TOKEN);
    }

    @AfterEach
    void stopTheRepository() {
        repository.close();
    }

    private JarProcess adapter() {
        return JarProcess.in(work).env("TXNG_EPCIS_CAPTURE_URL", repository.captureUrl().toString())
                .env("TXNG_EPCIS_BEARER_TOKEN", TOKEN).env("TXNG_EPCIS_POLL_INTERVAL", "50ms");
    }

    @Test
    void should_capture_the_samples_events_and_lot_commissionings_into_the_repository_the_environment_names() throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (var samples = Files.newDirectoryStream(Path.of("samples").toAbsolutePath(), "*.{xml,edi}")) {
            for (Path sample : samples) {
                Files.copy(sample, inbox.resolve(sample.getFileName()));
            }
        }

        JarProcess run = adapter();
        assertThat(run.run("run", "--once")).as(run.out() + run.errTail()).isZero();
        JarProcess export = adapter();
        assertThat(export.run("export-epcis", "--out", "epcis.jsonld")).as(export.errTail()).isZero();

        assertThat(repository.events().keySet()).isNotEmpty()
                .isEqualTo(CaptureRepositoryServer.eventIds(new ObjectMapper().readTree(work.resolve("epcis.jsonld").toFile())));
        assertThat(run.out()).contains("EPCIS repository " + repository.captureUrl() + ": " + repository.events().size() + " captured")
                .doesNotContain(TOKEN);
        assertThat(run.err()).doesNotContain(TOKEN);
    }
}
