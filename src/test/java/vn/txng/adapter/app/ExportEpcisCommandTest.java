package vn.txng.adapter.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.command.ExportEpcisCommand;
import vn.txng.adapter.epcis.EpcisSchemas;

/** {@code export-epcis} as a user runs it, after the README's samples were staged by {@code run --once --no-push}. */
class ExportEpcisCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;
    AdapterFixture adapter;

    @BeforeEach
    void start() {
        adapter = new AdapterFixture(work);
    }

    @AfterEach
    void stop() {
        adapter.close();
    }

    /** The README's samples (the ERP's XML files and the despatch advice) staged without a push. */
    private void stageSamples() throws Exception {
        adapter.dropSamples();
        assertThat(adapter.runOnceCommand(false).exit()).isZero();
    }

    /** {@code export-epcis args}: its exit code and what it wrote on standard output. */
    private AdapterFixture.CommandRun export(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ExportEpcisCommand.run(adapter.settings(), new PrintStream(out, true, StandardCharsets.UTF_8), args);
        return new AdapterFixture.CommandRun(exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void should_leave_out_an_event_an_error_declaration_withdrew_before_the_portal_had_it() throws Exception {
        stageSamples();
        adapter.drop("sites.xml", Messages.message(JourneyTest.location(JourneyTest.STORE, null, "Cửa hàng Quận 1", "CUA_HANG")));
        adapter.drop("shipment.jsonld", EpcisJourneyTest.shipment(false));
        adapter.runOnceCommand(false);
        adapter.drop("correction.jsonld", EpcisJourneyTest.shipment(true));
        adapter.runOnceCommand(false);

        AdapterFixture.CommandRun run = export();

        assertThat(run.exit()).isZero();
        assertThat(events(run.stdout())).extracting(event -> event.path("eventID").asText()).doesNotContain(EpcisJourneyTest.SHIPMENT);
    }

    @Test
    void should_write_an_event_the_portal_had_before_its_error_declaration_with_that_declaration() throws Exception {
        adapter.drop("sites.xml", Messages.message(Messages.product(Messages.GTIN_A, "Nước mắm"), Messages.lot(Messages.GTIN_A, "L1", 1200),
                JourneyTest.location(JourneyTest.FACTORY, null, "Xưởng chiết rót Long An", "CO_SO_SAN_XUAT"),
                JourneyTest.location(JourneyTest.STORE, null, "Cửa hàng Quận 1", "CUA_HANG")));
        adapter.runOnce();
        adapter.drop("shipment.jsonld", EpcisJourneyTest.shipment(false));
        adapter.runOnce();
        adapter.drop("correction.jsonld", EpcisJourneyTest.shipment(true));
        adapter.runOnce();

        AdapterFixture.CommandRun run = export();

        assertThat(events(run.stdout())).filteredOn(event -> event.path("eventID").asText().equals(EpcisJourneyTest.SHIPMENT))
                .singleElement().satisfies(event -> assertThat(event.path("errorDeclaration").toString())
                        .isEqualTo("{\"declarationTime\":\"2026-11-21T05:00:00Z\",\"reason\":\"incorrect_data\"}"));
        assertThat(EpcisSchemas.problemsOfJson(run.stdout().getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void should_export_every_staged_lot_with_its_ilmd_whether_its_production_event_or_its_own_commissioning_carries_it()
            throws Exception {
        stageSamples();

        AdapterFixture.CommandRun run = export();

        List<JsonNode> commissionings = events(run.stdout()).stream()
                .filter(event -> event.path("bizStep").asText().equals("commissioning")).toList();
        assertThat(commissionings).isNotEmpty().allSatisfy(event -> assertThat(event.at("/ilmd/cbvmda:lotNumber").asText()).isNotEmpty());
        assertThat(commissionings).extracting(event -> event.at("/quantityList/0/epcClass").asText()).doesNotHaveDuplicates();
    }

    @Test
    void should_count_the_lots_a_production_event_commissions_among_the_lot_commissionings_of_its_summary() throws Exception {
        stageSamples();
        Path file = work.resolve("epcis.jsonld");

        AdapterFixture.CommandRun run = export("--out", file.toString());

        long commissionings = events(Files.readString(file)).stream()
                .filter(event -> event.path("bizStep").asText().equals("commissioning")).count();
        assertThat(run.stdout()).contains(" " + commissionings + " lot commissionings of ");
    }

    private static List<JsonNode> events(String document) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        JSON.readTree(document).at("/epcisBody/eventList").forEach(events::add);
        return events;
    }

    @Test
    void should_export_the_staged_lots_and_events_as_one_json_ld_document_that_passes_gs1s_schema() throws Exception {
        stageSamples();

        AdapterFixture.CommandRun run = export();

        assertThat(run.exit()).isZero();
        assertThat(EpcisSchemas.problemsOfJson(run.stdout().getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(events(run.stdout())).extracting(event -> event.path("action").asText() + " " + event.path("bizStep").asText())
                .contains("ADD commissioning", "OBSERVE shipping").doesNotContain("OBSERVE commissioning");
        // a lot whose production event is staged is commissioned by that event alone, never twice
        assertThat(events(run.stdout())).filteredOn(event -> event.path("bizStep").asText().equals("commissioning"))
                .extracting(event -> event.at("/quantityList/0/epcClass").asText()).doesNotHaveDuplicates();
    }

    @Test
    void should_export_the_staged_samples_as_an_xml_file_that_passes_gs1s_xsd() throws Exception {
        stageSamples();
        Path file = work.resolve("epcis.xml");

        AdapterFixture.CommandRun run = export("--xml", "--out", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).startsWith("wrote ").contains("lot commissionings", file.toString());
        assertThat(EpcisSchemas.problemsOfXml(Files.readAllBytes(file))).isEmpty();
    }

    @Test
    void should_export_only_the_events_of_the_time_range_and_the_lots_produced_in_it() throws Exception {
        stageSamples();

        AdapterFixture.CommandRun run = export("--from", "2026-10-02", "--to", "2026-11-20T23:59:59+07:00");

        assertThat(run.exit()).isZero();
        assertThat(events(run.stdout())).isNotEmpty().allSatisfy(event -> assertThat(OffsetDateTime.parse(event.path("eventTime").asText()))
                .isBetween(OffsetDateTime.parse("2026-10-02T00:00:00+07:00"), OffsetDateTime.parse("2026-11-20T23:59:59+07:00")));
        assertThat(EpcisSchemas.problemsOfJson(run.stdout().getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void should_say_that_the_outbox_is_empty_and_write_a_document_without_events() throws Exception {
        Path file = work.resolve("empty.jsonld");

        AdapterFixture.CommandRun run = export("--out", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).contains("the outbox holds no lots or events", "run --once --no-push");
        assertThat(events(Files.readString(file))).isEmpty();
    }

    @Test
    void should_refuse_a_from_that_is_no_time_as_a_usage_error() {
        assertThat(export("--from", "yesterday").exit()).isEqualTo(2);
    }

    @Test
    void should_refuse_a_range_that_ends_before_it_starts_as_a_usage_error() {
        assertThat(export("--from", "2026-11-21", "--to", "2026-11-20").exit()).isEqualTo(2);
    }
}
