package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.Rejection;

/** What is wrong with a line is said as it stands in the file, and never as "null". */
class DesadvLineFaultsTest {

    @Test
    void should_report_a_lin_gtin_with_a_wrong_check_digit_at_lin_c212() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123452:SRV", "QTY+12:100:PCE", "GIN+BX+L1"));

        assertThat(read.lots()).isEmpty();
        assertThat(read.report().rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("BAD_CHECK_DIGIT");
            assertThat(r.field()).isEqualTo("LIN C212.7140");
            assertThat(r.position().locator()).endsWith("segment 5 LIN");
        });
    }

    @Test
    void should_report_a_wrong_check_digit_also_when_the_line_has_no_batch() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv("LIN+1++8934563123452:SRV", "QTY+12:100:PCE"));

        assertThat(read.report().rejections()).extracting(Rejection::code, Rejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BAD_CHECK_DIGIT", "LIN C212.7140"),
                org.assertj.core.groups.Tuple.tuple("EDI_NO_BATCH", "GIN C208.7402"));
        assertThat(read.report().rejections().get(1).message()).contains("GTIN 8934563123452");
    }

    @Test
    void should_report_a_pia_gtin_with_a_wrong_check_digit_at_pia_c212() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1", "PIA+5+8934563123452:SRV", "QTY+12:100:PCE", "GIN+BX+L1"));

        assertThat(read.report().rejections()).extracting(Rejection::code, Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BAD_CHECK_DIGIT", "PIA C212.7140"));
    }

    @Test
    void should_never_print_null_for_a_line_without_gtin_nor_batch() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv("LIN+1", "QTY+12:100:PCE"));

        assertThat(read.report().rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("EDI_NO_BATCH");
            assertThat(r.message()).doesNotContain("null").contains("no GTIN");
        });
    }

    @Test
    void should_report_a_wrong_check_digit_of_a_catalogue_lin_at_lin_c212() {
        EdiFixtures.Read read = EdiFixtures.edifact("pricat-lin-gtin-with-wrong-check-digit.edi");

        assertThat(read.report().rejections()).extracting(Rejection::code, Rejection::field)
                .contains(org.assertj.core.groups.Tuple.tuple("BAD_CHECK_DIGIT", "LIN C212.7140"));
    }
}
