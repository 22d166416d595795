package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.ingest.MergedLot;
import vn.txng.adapter.model.LotRecord;

/** One batch split over several lines of a despatch advice (pallets, packing levels) is one lot. */
class DesadvSplitBatchTest {

    @Test
    void should_read_two_lines_of_one_batch_as_one_lot_with_the_quantities_added() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1",
                "LIN+2++8934563123451:SRV", "QTY+12:50:PCE", "GIN+BX+L1"));

        assertThat(read.report().rejections()).isEmpty();
        assertThat(read.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.lotNumber()).isEqualTo("L1");
            assertThat(lot.quantity()).isEqualByComparingTo("150");
            assertThat(lot.quantityUnit()).isEqualTo("PCE");
        });
        assertThat(read.records().get(0).position().locator()).endsWith("segment 5 LIN");
    }

    @Test
    void should_report_how_many_lines_were_merged_into_the_lot() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1",
                "LIN+2++8934563123451:SRV", "QTY+12:50:PCE", "GIN+BX+L1",
                "LIN+3++8934563123451:SRV", "QTY+12:25:PCE", "GIN+BX+L1"));

        assertThat(read.report().mergedLots()).singleElement().satisfies(merged -> {
            assertThat(merged.lines()).isEqualTo(3);
            assertThat(merged.lot()).isEqualTo("L1");
            assertThat(merged.gtin()).isEqualTo("8934563123451");
        });
        assertThat(read.lots().get(0).quantity()).isEqualByComparingTo("175");
        assertThat(read.report().read()).isEqualTo(1);
    }

    @Test
    void should_merge_the_lines_of_a_batch_over_two_pallets_with_their_ssccs() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "GIN+BJ+389345630000000017", "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1",
                "CPS+2", "GIN+BJ+389345630000000024", "LIN+2++8934563123451:SRV", "QTY+12:50:PCE", "GIN+BX+L1"));

        assertThat(read.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.quantity()).isEqualByComparingTo("150");
            assertThat(lot.ssccs()).containsExactly("389345630000000017", "389345630000000024");
        });
    }

    @Test
    void should_add_quantities_in_another_unit_when_every_line_gives_that_unit() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "QTY+12:100.5:KGM", "GIN+BX+L1",
                "LIN+2++8934563123451:SRV", "QTY+12:50:KGM", "GIN+BX+L1"));

        assertThat(read.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.quantity()).isEqualByComparingTo("150.5");
            assertThat(lot.quantityUnit()).isEqualTo("KGM");
        });
    }

    @Test
    void should_reject_a_batch_whose_lines_give_different_units() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1",
                "LIN+2++8934563123451:SRV", "QTY+12:50:KGM", "GIN+BX+L1"));

        assertThat(read.lots()).isEmpty();
        assertThat(read.report().rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("EDI_BATCH_CONFLICT");
            assertThat(r.field()).isEqualTo("QTY C186.6411");
            assertThat(r.message()).contains("segment 5 LIN", "segment 8 LIN", "PCE", "KGM");
        });
    }

    @Test
    void should_reject_a_batch_whose_lines_give_different_expiry_dates() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1", "DTM+36:20281231:102",
                "LIN+2++8934563123451:SRV", "QTY+12:50:PCE", "GIN+BX+L1", "DTM+36:20281130:102"));

        assertThat(read.lots()).isEmpty();
        assertThat(read.report().rejections()).extracting(r -> r.code()).containsExactly("EDI_BATCH_CONFLICT");
        assertThat(read.report().rejections().get(0).message()).contains("2028-12-31", "2028-11-30");
    }

    @Test
    void should_reject_a_batch_whose_lines_give_different_production_dates() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1", "DTM+94:20261101:102",
                "LIN+2++8934563123451:SRV", "QTY+12:50:PCE", "GIN+BX+L1", "DTM+94:20261102:102"));

        assertThat(read.report().rejections()).extracting(r -> r.code()).containsExactly("EDI_BATCH_CONFLICT");
    }

    @Test
    void should_take_a_date_that_only_one_line_of_the_batch_gives() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1",
                "LIN+2++8934563123451:SRV", "QTY+12:50:PCE", "GIN+BX+L1", "DTM+36:20281231:102"));

        assertThat(read.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 12, 31));
            assertThat(lot.quantity()).isEqualByComparingTo("150");
        });
    }

    @Test
    void should_keep_one_batch_number_of_two_gtins_as_two_lots() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1",
                "LIN+2++8934563123468:SRV", "QTY+12:50:PCE", "GIN+BX+L1"));

        assertThat(read.lots()).extracting(LotRecord::gtin, LotRecord::quantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("8934563123451", new java.math.BigDecimal("100")),
                org.assertj.core.groups.Tuple.tuple("8934563123468", new java.math.BigDecimal("50")));
        assertThat(read.report().mergedLots()).isEmpty();
    }

    @Test
    void should_keep_the_order_of_first_lines_when_a_batch_is_merged() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "QTY+12:100:PCE", "GIN+BX+L1",
                "LIN+2++8934563123468:SRV", "QTY+12:10:PCE", "GIN+BX+M1",
                "LIN+3++8934563123451:SRV", "QTY+12:50:PCE", "GIN+BX+L1"));

        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("L1", "M1");
        List<MergedLot> merged = read.report().mergedLots();
        assertThat(merged).extracting(MergedLot::lines).containsExactly(2);
    }

    @Test
    void should_reject_a_batch_named_twice_in_one_line_with_different_units() {
        EdiFixtures.Read read = EdiFixtures.text(EdiFixtures.desadv(
                "LIN+1++8934563123451:SRV", "PCI+36E", "QTY+12:100:PCE", "GIN+BX+L1", "PCI+36E", "QTY+12:5:KGM", "GIN+BX+L1"));

        assertThat(read.lots()).isEmpty();
        assertThat(read.report().rejections()).extracting(r -> r.code()).containsExactly("EDI_BATCH_CONFLICT");
    }
}
