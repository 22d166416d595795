package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;

class EdifactEnvelopeTest {

    @Test
    void should_reject_the_message_when_unt_counts_wrong() {
        EdiFixtures.Read read = EdiFixtures.edifact("desadv-unt-count-wrong-in-first-message.edi");
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("C2");
        Rejection problem = read.report().rejections().get(0);
        assertThat(problem.code()).isEqualTo("EDI_UNT_COUNT");
        assertThat(problem.field()).isEqualTo("UNT 0074");
        assertThat(problem.message()).contains("counts 11").contains("has 10 segments");
        assertThat(problem.position().locator()).isEqualTo("UNB 000401 / UNH 1 DESADV / segment 10 UNT");
        assertThat(problem.position().line()).isEqualTo(11);
    }

    @Test
    void should_count_the_lines_of_a_rejected_message_as_rejected() {
        EdiFixtures.Read read = EdiFixtures.edifact("desadv-unt-count-wrong-in-first-message.edi");
        assertThat(read.report().read()).isEqualTo(2);
        assertThat(read.report().rejected()).isEqualTo(1);
    }

    @Test
    void should_fail_the_file_when_unz_is_missing_keeping_the_confirmed_messages() {
        EdiFixtures.Read read = EdiFixtures.edifact("desadv-missing-unz.edi");
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("D1");
        assertThat(read.failure().code()).isEqualTo("EDI_UNB_NOT_CLOSED");
    }

    @Test
    void should_fail_a_truncated_file_and_drop_the_interrupted_message() {
        EdiFixtures.Read read = EdiFixtures.edifact("desadv-truncated-in-second-message.edi");
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("E1");
        assertThat(read.failure().code()).isEqualTo("EDI_TRUNCATED");
        assertThat(read.failure().position().locator()).startsWith("UNB 000403 / UNH 2 DESADV");
        assertThat(read.report().rejected()).isEqualTo(1);
    }

    @Test
    void should_report_and_skip_an_unknown_message_type() {
        EdiFixtures.Read read = EdiFixtures.edifact("desadv-with-unknown-invoic-between.edi");
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("F1", "F3");
        Rejection problem = read.report().rejections().get(0);
        assertThat(problem.code()).isEqualTo("EDI_UNKNOWN_MESSAGE");
        assertThat(problem.message()).contains("INVOIC");
        assertThat(problem.position().locator()).isEqualTo("UNB 000404 / UNH 2 INVOIC / segment 1 UNH");
    }

    @Test
    void should_refuse_a_version_4_interchange_whose_una_gives_a_space_as_repetition_separator() {
        EdiFixtures.Read read = EdiFixtures.edifact("pricat-una-space-under-syntax-version-4.edi");
        assertThat(read.records()).isEmpty();
        assertThat(read.failure()).isNotNull();
        assertThat(read.failure().code()).isEqualTo("EDI_UNA_SPACE_REPETITION");
        assertThat(read.failure().getMessage()).contains("UNA:+.?*'");
    }

    @Test
    void should_read_a_version_3_interchange_whose_una_has_the_reserved_space() {
        EdiFixtures.Read read = EdiFixtures.edifact("desadv-d96a-custom-una-two-messages.edi");
        assertThat(read.failure()).isNull();
        assertThat(read.records()).isNotEmpty();
    }
}
