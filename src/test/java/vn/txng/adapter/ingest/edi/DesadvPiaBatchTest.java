package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;

/** The batch number as an additional item identification (PIA, type NB), as many partners send it. */
class DesadvPiaBatchTest {

    @Test
    void should_read_a_pia_nb_as_the_lines_batch_when_no_gin_gives_one() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "PIA+1+L2611A:NB", "QTY+12:100:PCE", "DTM+36:20281231:102"));

        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L2611A");
        assertThat(read.lots().get(0).quantity()).isEqualByComparingTo("100");
    }

    @Test
    void should_read_a_pia_nb_among_other_item_numbers() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "PIA+1+ART-77:SA+L2611A:NB", "QTY+12:100:PCE"));

        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L2611A");
    }

    @Test
    void should_accept_a_pia_nb_that_agrees_with_the_gin() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "PIA+1+L2611A:NB", "QTY+12:100:PCE", "GIN+BX+L2611A"));

        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L2611A");
    }

    @Test
    void should_accept_a_pia_nb_that_names_one_of_the_lines_package_group_batches() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "PIA+1+L2611A:NB", "PCI+36E", "GIN+BX+L2611A"));

        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L2611A");
    }

    @Test
    void should_reject_a_line_whose_pia_nb_and_gin_name_different_batches() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "PIA+1+L2611A:NB", "QTY+12:100:PCE", "GIN+BX+L2611B"));

        assertThat(read.lots()).isEmpty();
        assertThat(read.report().rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("EDI_BATCH_CONFLICT");
            assertThat(r.field()).isEqualTo("PIA C212.7140");
            assertThat(r.position().locator()).endsWith("segment 6 PIA");
            assertThat(r.message()).contains("L2611A", "segment 6 PIA", "L2611B", "segment 8 GIN");
        });
    }

    @Test
    void should_reject_a_line_whose_pia_nb_and_gir_name_different_batches() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "PIA+1+L2611A:NB", "QTY+12:100:PCE", "GIR+3+L2611C:BX"));

        assertThat(read.report().rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("EDI_BATCH_CONFLICT");
            assertThat(r.message()).contains("L2611A", "L2611C", "segment 8 GIR");
        });
    }
}
