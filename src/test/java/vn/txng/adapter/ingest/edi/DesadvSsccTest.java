package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.identifier.IdentifierNormalizer;
import vn.txng.adapter.ingest.RecordNormalizer;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;
import vn.txng.adapter.model.SourcedRecord;

/** SSCCs of a despatch advice (GIN+BJ) stay on the lots they carried. */
class DesadvSsccTest {

    private final RecordNormalizer normalizer = new RecordNormalizer(new IdentifierNormalizer());

    @Test
    void should_give_a_package_levels_sscc_to_the_line_under_it_and_a_lines_own_ssccs_to_that_line() {
        List<LotRecord> lots = EdiFixtures.edifact("desadv-ssccs-per-package-and-per-line.edi").lots();
        assertThat(lots).extracting(LotRecord::lotNumber).containsExactly("L1", "L2");
        assertThat(lots.get(0).ssccs()).containsExactly("089345630000000011");
        assertThat(lots.get(1).ssccs()).containsExactly("089345630000000028", "089345630000000035");
    }

    @Test
    void should_reject_a_lot_whose_sscc_has_a_wrong_check_digit() {
        EdiFixtures.Read read = EdiFixtures.edifact("desadv-sscc-with-wrong-check-digit.edi");
        List<Rejection> problems = new ArrayList<>();
        List<SourcedRecord> kept = new ArrayList<>();
        for (SourcedRecord record : read.records()) {
            List<Rejection> own = new ArrayList<>();
            SourcedRecord normal = normalizer.normalize(record, own);
            if (own.isEmpty()) {
                kept.add(normal);
            }
            problems.addAll(own);
        }
        assertThat(kept).extracting(r -> ((LotRecord) r.record()).lotNumber()).containsExactly("L2");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("SSCC");
            assertThat(p.code()).isEqualTo("BAD_CHECK_DIGIT");
        });
    }
}
