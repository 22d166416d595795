package vn.txng.adapter.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.app.IngestChecks;
import vn.txng.adapter.command.ValidateCommand;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.ConfiguredLocations;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.KnownLots;
import vn.txng.adapter.ingest.ProductDefaults;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.ingest.StagedRecords;
import vn.txng.adapter.model.RecordKind;

/** The template shipped in {@code samples/}: filled in as it stands, it reads and checks clean. */
class SampleTemplateTest {

    @Test
    void should_read_the_committed_template_with_its_example_row_of_each_kind_and_no_fault() {
        Workbooks.Read read = Workbooks.read(SampleTemplate.FILE);

        assertThat(read.report().failed()).isFalse();
        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.report().warnings()).isEmpty();
        assertThat(read.records()).extracting(r -> r.record().kind())
                .containsExactly(RecordKind.PRODUCT, RecordKind.LOT, RecordKind.LOCATION, RecordKind.EVENT);
    }

    @Test
    void should_pass_the_checks_validate_makes() {
        // the portal profile's codes, as the adapter checks with them; the template's event is dated 21/11/2026
        RecordNormalizer normalizer = new RecordNormalizer(new IdentifierNormalizer(), ProductDefaults.NONE, StagedRecords.NONE,
                IngestChecks.profileCodes(), ConfiguredLocations.NONE, Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));

        FileReport report = ValidateCommand.validate(List.of(Path.of("samples", "mau-nhap-lieu.xlsx")), normalizer, null, KnownLots.NONE).get(0);

        assertThat(report.rejections()).isEmpty();
        assertThat(report.holds()).isEmpty();
        assertThat(report.warnings()).isEmpty();
    }
}
