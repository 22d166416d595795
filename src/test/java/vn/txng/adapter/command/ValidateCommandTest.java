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
}
