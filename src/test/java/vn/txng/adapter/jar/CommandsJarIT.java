package vn.txng.adapter.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.model.RecordKind;
import vn.txng.adapter.portal.PortalProfile;

/**
 * Every other command of the packaged jar once, each with the exit code README.md's command table
 * gives, in the order an integrator meets them: validate the samples, check identifiers, stage the
 * samples ({@code run --once --no-push}), look at {@code status}, {@code push} to a sandbox started by
 * {@code sandbox --latency}, {@code retry} what it confirmed, and the connection test {@code check}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandsJarIT {

    private static final Duration LATENCY = Duration.ofMillis(400);
    /** The samples' products and lots: 2 products and 6 lots (products, lots and a DESADV). */
    private static final int SAMPLE_RECORDS = 8;
    /**
     * The samples' journey: 2 locations and 5 events: 3 in journey-2026-11-21.xml, the production event of the lot
     * that names its site (lots-2026-11-21.xml), the despatch advice's shipment (desadv-2026-11-21.edi).
     */
    private static final int SAMPLE_JOURNEY = 7;

    @TempDir
    static Path work;

    private SandboxProcess sandbox;
    private Path adapter;
    private final List<JarProcess> processes = new ArrayList<>();

    private JarProcess validateSamples;
    private JarProcess validateBadFile;
    private JarProcess identifiers;
    private JarProcess check;

    /** The commands that share nothing start side by side, each in a folder of its own; the tests wait for them. */
    @BeforeAll
    void startTheSandboxAndTheCommandsThatStandAlone() throws IOException {
        sandbox = new SandboxProcess(work.resolve("sandbox"), "--latency", LATENCY.toMillis() + "ms");
        adapter = Files.createDirectories(work.resolve("adapter"));
        validateSamples = adapter(work.resolve("validate")).start(args("validate", samples("*.{xml,edi}")));
        Path bad = Files.writeString(work.resolve("bad-check-digit.xml"),
                ErpExport.productAndLot("L-1").replace(ErpExport.GTIN, "8934563123452"));
        validateBadFile = adapter(work.resolve("validate-bad")).start("validate", bad.toString());
        identifiers = adapter(work.resolve("identifiers")).start("identifiers", "--json", ErpExport.GTIN, "8941542370219");
        check = adapter(work.resolve("check")).start("check");
    }

    @AfterAll
    void stop() {
        processes.forEach(JarProcess::close);
        sandbox.close();
    }

    /** A command in the adapter's folder, delivering to the sandbox. */
    private JarProcess adapter() {
        return adapter(adapter);
    }

    private JarProcess adapter(Path folder) {
        JarProcess process = JarProcess.in(folder);
        sandbox.portalEnvironment().forEach(process::env);
        processes.add(process);
        return process;
    }

    private static List<String> samples(String glob) throws IOException {
        List<String> files = new ArrayList<>();
        try (var found = Files.newDirectoryStream(Path.of("samples").toAbsolutePath(), glob)) {
            found.forEach(f -> files.add(f.toString()));
        }
        return files;
    }

    private static String[] args(String command, List<String> more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(more);
        return all.toArray(String[]::new);
    }

    @Test
    void should_exit_0_from_validate_on_the_samples() {
        assertThat(validateSamples.exitCode()).as(validateSamples.out() + validateSamples.errTail()).isZero();
    }

    @Test
    void should_exit_1_from_validate_on_a_file_with_a_rejected_record() {
        assertThat(validateBadFile.exitCode()).isEqualTo(1);
        assertThat(validateBadFile.out()).contains("bad-check-digit.xml");
    }

    @Test
    void should_print_one_json_object_per_value_and_exit_1_from_identifiers_json_when_one_is_invalid() throws IOException {
        assertThat(identifiers.exitCode()).isEqualTo(1);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> answers = new ArrayList<>();
        for (String line : identifiers.outLines()) {
            answers.add(json.readTree(line));
        }
        assertThat(answers).extracting(a -> a.path("valid").asBoolean()).containsExactly(true, false);
    }

    @Test
    void should_stage_report_push_and_requeue_the_samples_each_command_exiting_0() throws Exception {
        Path inbox = Files.createDirectories(adapter.resolve("inbox"));
        for (String sample : samples("*.{xml,edi}")) {
            Files.copy(Path.of(sample), inbox.resolve(Path.of(sample).getFileName()));
        }
        JarProcess stage = adapter();
        assertThat(stage.run("run", "--once", "--no-push")).as(stage.out() + stage.errTail()).isZero();

        JarProcess status = adapter();
        assertThat(status.run("status")).as(status.errTail()).isZero();
        assertThat(status.out()).contains("pending " + (SAMPLE_RECORDS + SAMPLE_JOURNEY));

        JarProcess push = adapter();
        assertThat(push.run("push")).as(push.out() + push.errTail()).isZero();
        assertThat(sandbox.productKeys().size() + sandbox.lotKeys().size()).isEqualTo(SAMPLE_RECORDS);
        assertThat(sandbox.locationKeys()).containsExactlyInAnyOrder("(414)8934563000103", "(414)8930000999993");
        assertThat(sandbox.eventKeys()).containsExactlyInAnyOrder("ERP-PROD-TX261001", "ERP-PROD-L2610-02B",
                "ERP-SHIP-2026-11-21-0007", "SAN_XUAT:(01)08934563123451(10)L2609-15A", "VAN_CHUYEN:8934563000004:DES-20261121-01");

        JarProcess retry = adapter();
        assertThat(retry.run("retry", "--delivered")).as(retry.errTail()).isZero();
        assertThat(retry.out()).contains(Integer.toString(SAMPLE_RECORDS + SAMPLE_JOURNEY));
    }

    /** An EPCIS 2.0 JSON-LD document: the commissioning of lot E1 of the samples' GTIN at the samples' site, with its ILMD. */
    private static final String EPCIS_DOCUMENT = ("{'@context':['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'],"
            + "'type':'EPCISDocument','schemaVersion':'2.0','creationDate':'2026-11-21T10:00:00+07:00','epcisBody':{'eventList':["
            + "{'type':'ObjectEvent','eventID':'urn:uuid:0c3e4a10-0001-4b7c-9d2e-00000000e001','eventTime':'2026-11-20T01:00:00Z',"
            + "'eventTimeZoneOffset':'+07:00','action':'ADD','bizStep':'commissioning',"
            + "'bizLocation':{'id':'urn:epc:id:sgln:8934563.00010.0'},"
            + "'quantityList':[{'epcClass':'urn:epc:class:lgtin:8934563.012345.E1','quantity':500,'uom':'H87'}],"
            + "'ilmd':{'cbvmda:productionDate':'2026-11-20','cbvmda:itemExpirationDate':'2028-11-20'}}]}}").replace('\'', '"');

    @Test
    void should_read_an_epcis_document_and_export_what_is_staged_as_epcis_through_the_jar() throws Exception {
        Path folder = Files.createDirectories(work.resolve("epcis"));
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        for (String sample : samples("*.xml")) {
            Files.copy(Path.of(sample), inbox.resolve(Path.of(sample).getFileName()));
        }
        Files.writeString(inbox.resolve("commissioning.jsonld"), EPCIS_DOCUMENT);
        JarProcess stage = adapter(folder);
        assertThat(stage.run("run", "--once", "--no-push")).as(stage.out() + stage.errTail()).isZero();
        assertThat(stage.out()).contains("commissioning.jsonld: 1 records read, 2 accepted").contains("checked: 1 lot, 1 event");

        JarProcess export = adapter(folder);
        assertThat(export.run("export-epcis", "--out", "epcis.jsonld")).as(export.out() + export.errTail()).isZero();

        JsonNode document = new ObjectMapper().readTree(folder.resolve("epcis.jsonld").toFile());
        List<String> ids = new ArrayList<>();
        document.at("/epcisBody/eventList").forEach(event -> ids.add(event.path("eventID").asText()));
        assertThat(ids).contains("urn:uuid:0c3e4a10-0001-4b7c-9d2e-00000000e001");
        // the journey file's three events, L2609-15A's production event, the EPCIS one; every lot has a production
        // event, so none is commissioned again
        assertThat(ids).hasSize(5);
    }

    @Test
    void should_exit_0_from_check_when_every_step_passes_against_the_sandbox() {
        assertThat(check.exitCode()).as(check.out() + check.errTail()).isZero();
        assertThat(check.out()).doesNotContain("FAIL");
    }

    @Test
    void should_answer_every_api_call_of_the_sandbox_after_its_latency() {
        ErpExport.Answer token = ErpExport.send(HttpRequest.newBuilder(sandbox.tokenUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret")));
        String accessToken = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        long start = System.nanoTime();

        ErpExport.Answer upsert = ErpExport.send(HttpRequest.newBuilder(PortalProfile.txngV5().endpoint(sandbox.apiBase, RecordKind.PRODUCT))
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("not an object")));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(LATENCY);
        assertThat(upsert.status()).as(upsert.body()).isEqualTo(400);
    }
}
