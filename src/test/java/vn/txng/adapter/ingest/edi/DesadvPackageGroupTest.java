package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;

/** Package identification groups (PCI …) inside a DESADV line: each batch with its own dates, quantity and SSCCs. */
class DesadvPackageGroupTest {

    private static final String TWO_BATCHES = "desadv-d01b-two-batches-in-pci-groups.edi";
    private static final String REPEATED = "desadv-d96a-batch-repeated-across-pci-groups.edi";
    private static final String WITHOUT_BATCH = "desadv-pci-group-without-batch.edi";
    private static final String SHIP_FROM = "8934563000103";

    @Test
    void should_read_every_lot_of_a_partner_file_with_pci_groups() {
        EdiFixtures.Read read = EdiFixtures.edifact(TWO_BATCHES);
        assertThat(read.failure()).isNull();
        assertThat(read.report().rejected()).isZero();
        assertThat(read.lots()).extracting(LotRecord::lotNumber)
                .containsExactly("L2611-01+A", "L2611-05B", "TX261120", "L2611-09C", "TX261110A", "TX261110B", "PQ2611");
    }

    @Test
    void should_give_each_batch_of_a_line_its_own_group_expiry_and_quantity() {
        List<LotRecord> lots = EdiFixtures.edifact(TWO_BATCHES).lots();
        assertThat(lots.get(0)).as("production date from the line, expiry and quantity from its group; the package's and the 33E group's SSCCs")
                .isEqualTo(new LotRecord("8934563123451", "L2611-01+A", null, LocalDate.of(2026, 11, 1), LocalDate.of(2028, 11, 1),
                        new BigDecimal("7000"), "PCE", SHIP_FROM, List.of("089345630000000011", "089345630000000059")));
        assertThat(lots.get(1)).as("the group's own production date wins over the line's; its own SSCC added")
                .isEqualTo(new LotRecord("8934563123451", "L2611-05B", null, LocalDate.of(2026, 11, 5), LocalDate.of(2028, 11, 5),
                        new BigDecimal("5000"), "PCE", SHIP_FROM,
                        List.of("089345630000000011", "089345630000000059", "089345630000000042")));
    }

    @Test
    void should_give_a_lines_only_batch_the_line_quantity_when_its_group_gives_none() {
        List<LotRecord> lots = EdiFixtures.edifact(TWO_BATCHES).lots();
        assertThat(lots.get(2)).as("DTM+361 in the group as the expiry; no production date anywhere")
                .isEqualTo(new LotRecord("8934563123468", "TX261120", null, null, LocalDate.of(2028, 11, 20),
                        new BigDecimal("4800"), "PCE", SHIP_FROM, List.of("089345630000000066")));
        LotRecord weighed = lots.get(6);
        assertThat(weighed.quantity()).isEqualByComparingTo("600.5");
        assertThat(weighed.quantityUnit()).isEqualTo("KGM");
        assertThat(weighed.productionDate()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(weighed.expiryDate()).isEqualTo(LocalDate.of(2027, 11, 12));
    }

    @Test
    void should_give_the_batches_of_one_group_its_dates_and_no_quantity() {
        List<LotRecord> lots = EdiFixtures.edifact(TWO_BATCHES).lots();
        for (LotRecord lot : lots.subList(4, 6)) {
            assertThat(lot.productionDate()).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(lot.expiryDate()).isEqualTo(LocalDate.of(2028, 11, 10));
            assertThat(lot.quantity()).isNull();
            assertThat(lot.quantityUnit()).isNull();
            assertThat(lot.productionSiteGln()).as("NAD+SU when there is no NAD+SF").isEqualTo("8934563000004");
        }
    }

    @Test
    void should_read_a_line_without_pci_as_before() {
        LotRecord lot = EdiFixtures.edifact(TWO_BATCHES).lots().get(3);
        assertThat(lot).isEqualTo(new LotRecord("8934563123451", "L2611-09C", null, LocalDate.of(2026, 11, 9),
                LocalDate.of(2028, 11, 9), new BigDecimal("9000"), "PCE", "8934563000004", List.of()));
    }

    @Test
    void should_place_a_lot_of_a_group_at_its_pci_segment() {
        EdiFixtures.Read read = EdiFixtures.edifact(TWO_BATCHES);
        assertThat(read.records().get(0).position().locator()).isEqualTo("UNB 000951 / UNH 1 DESADV / segment 21 PCI");
        assertThat(read.records().get(1).position().locator()).isEqualTo("UNB 000951 / UNH 1 DESADV / segment 25 PCI");
        assertThat(read.records().get(3).position().locator()).isEqualTo("UNB 000951 / UNH 2 DESADV / segment 6 LIN");
    }

    @Test
    void should_reject_a_line_naming_a_batch_in_two_groups_with_different_expiry_dates_and_keep_the_next() {
        EdiFixtures.Read read = EdiFixtures.edifact(REPEATED);
        assertThat(read.failure()).isNull();
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("K2", "M1", "N2");
        Rejection conflict = read.report().rejections().get(0);
        assertThat(conflict.code()).isEqualTo("EDI_BATCH_CONFLICT");
        assertThat(conflict.field()).isEqualTo("DTM C507.2380");
        assertThat(conflict.position().locator()).isEqualTo("UNB 000952 / UNH 1 DESADV / segment 12 PCI");
        assertThat(conflict.message()).contains("batch K1", "2028-11-01 (segment 8 PCI+36E)", "2028-12-01 (segment 12 PCI+36E)");
        assertThat(read.lots().get(0).quantity()).as("K2 is its line's only batch").isEqualByComparingTo("50");
    }

    @Test
    void should_reject_a_batch_whose_group_contradicts_its_line_level_expiry() {
        EdiFixtures.Read read = EdiFixtures.edifact(REPEATED);
        assertThat(read.report().rejected()).isEqualTo(2);
        Rejection conflict = read.report().rejections().get(1);
        assertThat(conflict.code()).isEqualTo("EDI_BATCH_CONFLICT");
        assertThat(conflict.position().locator()).isEqualTo("UNB 000952 / UNH 3 DESADV / segment 9 PCI");
        assertThat(conflict.message()).contains("batch N1", "at line level, segment 5 LIN");
    }

    @Test
    void should_make_one_lot_of_a_batch_in_two_groups_with_the_same_dates_adding_their_quantities() {
        EdiFixtures.Read read = EdiFixtures.edifact(REPEATED);
        assertThat(read.lots().get(1)).isEqualTo(new LotRecord("8934563123451", "M1", null, LocalDate.of(2026, 11, 1),
                LocalDate.of(2028, 11, 1), new BigDecimal("900"), "PCE", SHIP_FROM,
                List.of("089345630000000073", "089345630000000080")));
        assertThat(read.records().get(1).position().locator()).isEqualTo("UNB 000952 / UNH 2 DESADV / segment 8 PCI");
    }

    @Test
    void should_read_a_group_without_a_batch_as_marking_the_whole_line() {
        EdiFixtures.Read read = EdiFixtures.edifact(WITHOUT_BATCH);
        assertThat(read.lots()).extracting(LotRecord::lotNumber).containsExactly("P1", "P2");
        assertThat(read.lots().get(0).ssccs()).as("PCI+33E's SSCC on the line's lot").containsExactly("089345630000000097");
        assertThat(read.lots().get(0).expiryDate()).isEqualTo(LocalDate.of(2028, 11, 1));
        LotRecord p2 = read.lots().get(1);
        assertThat(p2.productionDate()).as("the group's dates stand for the line's").isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(p2.expiryDate()).isEqualTo(LocalDate.of(2028, 11, 2));
        assertThat(p2.quantity()).isEqualByComparingTo("200");
    }

    @Test
    void should_reject_a_line_whose_batchless_group_gives_another_expiry_than_the_line() {
        Rejection conflict = EdiFixtures.edifact(WITHOUT_BATCH).report().rejections().get(0);
        assertThat(conflict.code()).isEqualTo("EDI_BATCH_CONFLICT");
        assertThat(conflict.field()).isEqualTo("DTM C507.2380");
        assertThat(conflict.position().locator()).isEqualTo("UNB 000953 / UNH 1 DESADV / segment 21 PCI");
        assertThat(conflict.message()).contains("segment 21 PCI+36E", "2028-12-03", "2028-11-03");
    }
}
