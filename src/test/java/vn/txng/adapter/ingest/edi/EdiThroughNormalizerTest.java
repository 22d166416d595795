package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.FileIngestion;
import vn.txng.adapter.ingest.FileReport;
import vn.txng.adapter.ingest.InboundFormat;
import vn.txng.adapter.ingest.RecordChunk;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcedRecord;

class EdiThroughNormalizerTest {

    private final RecordNormalizer normalizer = new RecordNormalizer(new IdentifierNormalizer());

    private List<SourcedRecord> ingest(String fixture, FileReport[] report) throws URISyntaxException {
        Path file = Path.of(EdiThroughNormalizerTest.class.getResource("/edi/" + fixture).toURI());
        List<SourcedRecord> kept = new ArrayList<>();
        try (FileIngestion ingestion = FileIngestion.open(file, fixture, true, 100)) {
            report[0] = ingestion.report();
            for (RecordChunk chunk : ingestion) {
                kept.addAll(normalizer.normalize(chunk).records());
            }
        }
        return kept;
    }

    @Test
    void should_reject_a_lin_gtin_with_a_wrong_check_digit_at_its_lin_segment() throws URISyntaxException {
        FileReport[] report = new FileReport[1];
        ingest("pricat-lin-gtin-with-wrong-check-digit.edi", report);
        Rejection gtin = report[0].rejections().stream().filter(r -> "LIN C212.7140".equals(r.field())).findFirst().orElseThrow();
        assertThat(gtin.code()).isEqualTo("BAD_CHECK_DIGIT");
        assertThat(gtin.position().locator()).isEqualTo("UNB 000405 / UNH 1 PRICAT / segment 5 LIN");
    }

    @Test
    void should_sniff_edifact_and_normalise_the_lots_of_a_despatch_advice() throws URISyntaxException {
        FileReport[] report = new FileReport[1];
        List<SourcedRecord> kept = ingest("desadv-d01b-two-interchanges.edi", report);
        assertThat(report[0].format()).isEqualTo(InboundFormat.EDIFACT);
        assertThat(kept).extracting(r -> r.record().businessKey())
                .containsExactly("08934563123451/A1", "08934563123451/A2", "08934563123451/B1");
    }

    @Test
    void should_mark_the_file_failed_when_it_is_truncated() throws URISyntaxException {
        FileReport[] report = new FileReport[1];
        try {
            ingest("desadv-truncated-in-second-message.edi", report);
        } catch (vn.txng.adapter.ingest.UnreadableFileException expected) {
            // the file goes to failed
        }
        assertThat(report[0].failed()).isTrue();
        assertThat(report[0].fatal().code()).isEqualTo("EDI_TRUNCATED");
    }
}
