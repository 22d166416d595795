package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.txng.adapter.app.Messages.GTIN_A;
import static vn.txng.adapter.app.Messages.GTIN_B;
import static vn.txng.adapter.app.Messages.message;
import static vn.txng.adapter.app.Messages.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.source.SftpServerFixture;

/** txng.log.format=json: the console log as one ECS JSON object per line. */
class JsonLogsTest {

    @TempDir
    Path work;
    AdapterFixture adapter;

    SftpServerFixture sftp;

    @AfterEach
    void stop() throws Exception {
        adapter.close();
        if (sftp != null) {
            sftp.close();
        }
    }

    @Test
    void should_log_one_ecs_json_object_per_line_with_the_file_as_a_field() throws Exception {
        adapter = new AdapterFixture(work);
        adapter.drop("one.xml", message(product(GTIN_A, "Nước mắm")));
        Process run = adapter.startProcess(Map.of("txng.log.format", "json"), work.resolve("out.txt"), work.resolve("err.txt"),
                "run", "--once");

        List<JsonNode> events = jsonLines(run);
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.path("ecs.version").asText()).isNotEmpty());
        assertThat(events).anySatisfy(event -> {
            assertThat(event.path("file").asText()).isEqualTo("one.xml");
            assertThat(event.path("log.level").asText()).isEqualTo("INFO");
            assertThat(event.path("message").asText()).contains("1 accepted");
        });
        assertThat(Files.readString(work.resolve("err.txt"))).doesNotContain(AdapterFixture.SECRET);
    }

    @Test
    void should_name_the_source_of_each_file_as_a_field_for_a_remote_source_and_the_inbox() throws Exception {
        String password = "sftp-pw-" + System.nanoTime();
        sftp = SftpServerFixture.withClientKey(work, password);
        SourceInstances instances = new SourceInstances(work.resolve("routes"));
        instances.add("txng-sftp-source", "plant-a", SourceInstances.sftpParameters(sftp, password));
        adapter = new AdapterFixture(work).with("txng.routes.dir", instances.routes().toString());
        sftp.drop("remote.xml", message(product(GTIN_A, "Nước mắm")));
        adapter.drop("local.xml", message(product(GTIN_B, "Trà xanh")));

        List<JsonNode> events = jsonLines(adapter.startProcess(Map.of("txng.log.format", "json"), work.resolve("out.txt"),
                work.resolve("err.txt"), "run", "--once"));

        assertThat(events).anySatisfy(event -> {
            assertThat(event.path("file").asText()).isEqualTo("remote.xml");
            assertThat(event.path("source").asText()).isEqualTo("plant-a");
            assertThat(event.path("message").asText()).contains("1 accepted");
        });
        assertThat(events).anySatisfy(event -> {
            assertThat(event.path("file").asText()).isEqualTo("local.xml");
            assertThat(event.path("source").asText()).isEqualTo("inbox");
        });
        assertThat(Files.readString(work.resolve("err.txt"))).doesNotContain(password);
    }

    @Test
    void should_keep_log4j_own_errors_off_standard_output() throws Exception {
        adapter = new AdapterFixture(work);
        // without Log4j's JSON layout module, log4j2-json.properties names a layout Log4j cannot find: it reports that
        String withoutJsonLayout = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("log4j-layout-template-json")).collect(Collectors.joining(File.pathSeparator));
        Process status = adapter.startProcess(withoutJsonLayout, Map.of("txng.log.format", "json"), work.resolve("out.txt"),
                work.resolve("err.txt"), "status");

        assertThat(status.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(work.resolve("err.txt"))).as("Log4j reported its error").contains("JsonTemplateLayout");
        assertThat(Files.readAllLines(work.resolve("out.txt"))).as("status's own lines only").isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotContain("JsonTemplateLayout").doesNotContain("ERROR"))
                .anySatisfy(line -> assertThat(line).startsWith("outbox: "));
    }

    /** The process's standard error, each line parsed as one JSON object (fails on any other line), once it exited 0. */
    private List<JsonNode> jsonLines(Process run) throws Exception {
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isZero();
        List<JsonNode> events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(work.resolve("err.txt"), StandardCharsets.UTF_8)) {
            events.add(json.readTree(line));
        }
        return events;
    }
}
