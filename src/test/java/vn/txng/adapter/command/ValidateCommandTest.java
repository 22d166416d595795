package vn.txng.adapter.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.RecordNormalizer;

/** What {@code validate} reports of a file, through {@link ValidateCommand#validate}. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    private FileReport validateLotScan(String scan) throws IOException {
        Path file = dir.resolve("lots.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <TraceabilityMessage xmlns="urn:txng:erp:v1">
                  <Header><MessageId>M1</MessageId><Created>2026-11-21T23:00:00+07:00</Created></Header>
                  <Lot><Scan>%s</Scan></Lot>
                </TraceabilityMessage>
                """.formatted(scan), StandardCharsets.UTF_8);
        return ValidateCommand.validate(file, new RecordNormalizer(new IdentifierNormalizer()), StandardCharsets.UTF_8);
    }

    @Test
    void should_pass_a_scanned_lot_that_may_have_swallowed_a_date_with_a_warning() throws IOException {
        FileReport report = validateLotScan("]d2" + "0109506000134352" + "10ABC1231726123121XYZ");

        assertThat(report.rejected()).isZero();
        assertThat(report.warnings()).singleElement().asString()
                .contains("lots.xml", "Scan: POSSIBLE_MISSING_SEPARATOR", "(01)09506000134352(10)ABC123(17)261231(21)XYZ");
    }

    @Test
    void should_pass_a_typed_scan_with_spaces_around_its_brackets_with_a_warning() throws IOException {
        FileReport report = validateLotScan("(01) 08934563123451 (10) L2609");

        assertThat(report.rejected()).isZero();
        assertThat(report.warnings()).singleElement().asString().contains("Scan: SPACES_REMOVED", "(01)08934563123451(10)L2609");
    }

    /** A shipping event of lot L2609-15A, after {@code lots} (records of the file before it). */
    private FileReport validateShipping(String lots, vn.txng.adapter.ingest.KnownLots staged) throws IOException {
        Path file = dir.resolve("journey.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <TraceabilityMessage xmlns="urn:txng:erp:v1">
                  <Header><MessageId>M1</MessageId><Created>2026-11-21T23:00:00+07:00</Created></Header>
                %s
                  <Event>
                    <EventId>SHIP-7</EventId><Stage>VAN_CHUYEN</Stage><Time>2026-11-21T08:30:00+07:00</Time>
                    <LocationGln>8934563000103</LocationGln><DestinationGln>8930000999993</DestinationGln>
                    <Lot><Gtin>8934563123451</Gtin><LotNumber>L2609-15A</LotNumber></Lot>
                  </Event>
                </TraceabilityMessage>
                """.formatted(lots), StandardCharsets.UTF_8);
        return ValidateCommand.validate(file, vn.txng.adapter.app.IngestChecks.normalizer(vn.txng.adapter.app.Settings.load(
                java.util.Map.of(), new java.util.Properties(), dir), vn.txng.adapter.ingest.StagedRecords.NONE), StandardCharsets.UTF_8, staged);
    }

    @Test
    void should_warn_of_an_event_naming_a_lot_that_neither_the_file_nor_the_outbox_has() throws IOException {
        FileReport report = validateShipping("", vn.txng.adapter.ingest.KnownLots.NONE);

        assertThat(report.rejected()).isZero();
        assertThat(report.warnings()).singleElement().asString()
                .contains("journey.xml", "Event #1", "LOT_UNKNOWN", "SHIP-7", "(01)08934563123451(10)L2609-15A");
    }

    @Test
    void should_say_that_the_portal_refuses_an_event_of_an_unknown_lot_until_that_lot_is_delivered() throws IOException {
        FileReport report = validateShipping("", vn.txng.adapter.ingest.KnownLots.NONE);

        assertThat(report.warnings()).singleElement().asString()
                .contains("the portal will refuse the event (409) until that lot is delivered");
    }

    @Test
    void should_not_warn_of_an_event_whose_lot_a_later_file_of_the_same_call_gives() throws IOException {
        validateShipping("", vn.txng.adapter.ingest.KnownLots.NONE);
        Path lots = dir.resolve("lots.xml");
        Files.writeString(lots, """
                <?xml version="1.0" encoding="UTF-8"?>
                <TraceabilityMessage xmlns="urn:txng:erp:v1">
                  <Header><MessageId>M2</MessageId><Created>2026-11-21T23:00:00+07:00</Created></Header>
                  <Lot><Gtin>8934563123451</Gtin><LotNumber>L2609-15A</LotNumber></Lot>
                </TraceabilityMessage>
                """, StandardCharsets.UTF_8);

        java.util.List<FileReport> reports = ValidateCommand.validate(java.util.List.of(dir.resolve("journey.xml"), lots),
                vn.txng.adapter.app.IngestChecks.normalizer(vn.txng.adapter.app.Settings.load(java.util.Map.of(),
                        new java.util.Properties(), dir), vn.txng.adapter.ingest.StagedRecords.NONE),
                StandardCharsets.UTF_8, vn.txng.adapter.ingest.KnownLots.NONE);

        assertThat(reports).flatExtracting(FileReport::warnings).isEmpty();
    }

    @Test
    void should_not_warn_of_an_event_whose_lot_the_file_gives() throws IOException {
        FileReport report = validateShipping("<Lot><Gtin>8934563123451</Gtin><LotNumber>L2609-15A</LotNumber></Lot>",
                vn.txng.adapter.ingest.KnownLots.NONE);

        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void should_not_warn_of_an_event_whose_lot_the_outbox_has() throws IOException {
        FileReport report = validateShipping("", keys -> java.util.Set.copyOf(keys));

        assertThat(report.warnings()).isEmpty();
    }

    private FileReport validate(Path file) {
        return ValidateCommand.validate(file, new RecordNormalizer(new IdentifierNormalizer()), StandardCharsets.UTF_8);
    }

    @Test
    void should_name_the_cell_and_heading_of_a_field_the_checks_refuse_in_a_workbook() throws IOException {
        Path file = vn.txng.adapter.ingest.sheet.Workbooks.write(dir.resolve("lots.xlsx"), vn.txng.adapter.ingest.sheet.Workbooks.sheet(
                "Lô hàng", java.util.List.of("Mã GTIN", "Số lô", "Số lượng", "Đơn vị số lượng", "Nơi sản xuất (GLN)"),
                java.util.List.of("8934563123475", "L1", 5, "Chai", "8934563000111")));

        FileReport report = validate(file);

        assertThat(report.rejections()).singleElement().asString()
                .startsWith("lots.xlsx:2 (Lô hàng!E2) ProductionSiteGln: BAD_CHECK_DIGIT");
    }

    @Test
    void should_name_the_line_and_heading_of_a_field_the_checks_refuse_in_a_csv_file() throws IOException {
        Path file = Files.writeString(dir.resolve("lots.csv"), "Số lô;Mã GTIN;Số lượng;Đơn vị số lượng\nL1;8934563123476;5;Chai\n");

        FileReport report = validate(file);

        assertThat(report.rejections()).singleElement().asString()
                .startsWith("lots.csv:2 (column \"Mã GTIN\") Gtin: BAD_CHECK_DIGIT");
    }

    @Test
    void should_name_the_row_of_the_lot_a_check_refuses_in_an_event_of_several_rows() throws IOException {
        Path file = vn.txng.adapter.ingest.sheet.Workbooks.write(dir.resolve("events.xlsx"), vn.txng.adapter.ingest.sheet.Workbooks.sheet(
                "Sự kiện", java.util.List.of("Mã sự kiện", "Công đoạn", "Thời gian", "Địa điểm (GLN)", "Mã GTIN", "Số lô", "Số lượng"),
                java.util.List.of("E1", "VAN_CHUYEN", "21/11/2026 09:15", "8934563000110", "8934563123475", "L1", 10),
                java.util.List.of("E1", "", "", "", "8934563123476", "L2", 20)));

        FileReport report = validate(file);

        assertThat(report.rejections()).anySatisfy(r -> assertThat(r.toString())
                .startsWith("events.xlsx:3 (Sự kiện!E3) Lot[2]/Gtin: BAD_CHECK_DIGIT"));
    }
}
