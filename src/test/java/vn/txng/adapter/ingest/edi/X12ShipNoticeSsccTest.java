package vn.txng.adapter.ingest.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.txng.adapter.model.LotRecord;
import vn.txng.adapter.model.Rejection;

/** SSCCs of an X12 856 (MAN*GM) are checked where they stand and go on the lots of the items they mark. */
class X12ShipNoticeSsccTest {

    private static final String GOOD = "00000715670002152363";
    private static final String WRONG_CHECK_DIGIT = "00000715670002152361";

    /** An 856 with one pack level (HL 3) over one item (HL 4); {@code packMan} and {@code itemMan} are MAN segments or null. */
    private static EdiFixtures.Read shipNotice(String packMan, String itemMan) {
        List<String> set = new ArrayList<>(List.of("ST*856*0001", "BSN*00*SHP-2612*20261201*0900", "HL*1**S",
                "N1*SF*Huong Bien Plant*UL*8934563000103", "HL*2*1*O", "HL*3*2*P"));
        if (packMan != null) {
            set.add(packMan);
        }
        set.addAll(List.of("HL*4*3*I", "LIN**UK*08934563123451*LT*L2612-01"));
        if (itemMan != null) {
            set.add(itemMan);
        }
        set.add("SN1**100*EA");
        set.add("SE*" + (set.size() + 1) + "*0001");
        return SharedGtinChecks.x12("SH", "000000601", set);
    }

    /** The standard-carton layout: shipment, order, item (HL 3), then its cartons as pack loops under it (HL 4, 5). */
    private static EdiFixtures.Read cartonsUnderTheItem(String... cartonMans) {
        List<String> set = new ArrayList<>(List.of("ST*856*0001", "BSN*00*SHP-2612*20261201*0900", "HL*1**S",
                "N1*SF*Huong Bien Plant*UL*8934563000103", "HL*2*1*O", "HL*3*2*I", "LIN**UK*08934563123451*LT*L2612-01",
                "SN1**100*EA"));
        for (int carton = 0; carton < cartonMans.length; carton++) {
            set.add("HL*" + (4 + carton) + "*3*P");
            set.add(cartonMans[carton]);
        }
        set.add("SE*" + (set.size() + 1) + "*0001");
        return SharedGtinChecks.x12("SH", "000000601", set);
    }

    @Test
    void should_give_the_ssccs_of_the_cartons_under_an_item_to_its_lot() {
        assertThat(cartonsUnderTheItem("MAN*GM*" + GOOD, "MAN*GM*00000715670002152370").lots()).singleElement()
                .extracting(LotRecord::ssccs).isEqualTo(List.of("000715670002152363", "000715670002152370"));
    }

    @Test
    void should_reject_an_item_one_of_whose_cartons_has_an_sscc_with_a_wrong_check_digit() {
        EdiFixtures.Read read = cartonsUnderTheItem("MAN*GM*" + GOOD, "MAN*GM*" + WRONG_CHECK_DIGIT);
        assertThat(read.records()).isEmpty();
        assertThat(read.report().rejections()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("BAD_CHECK_DIGIT");
            assertThat(problem.field()).isEqualTo("MAN02");
        });
    }

    @Test
    void should_give_an_items_own_man_gm_sscc_to_its_lot_without_the_ai() {
        assertThat(shipNotice(null, "MAN*GM*" + GOOD).lots()).singleElement()
                .extracting(LotRecord::ssccs).isEqualTo(List.of("000715670002152363"));
    }

    @Test
    void should_give_a_pack_levels_sscc_to_the_items_under_it() {
        assertThat(shipNotice("MAN*GM*" + GOOD, null).lots()).singleElement()
                .extracting(LotRecord::ssccs).isEqualTo(List.of("000715670002152363"));
    }

    @Test
    void should_take_an_18_digit_sscc_given_without_its_ai() {
        assertThat(shipNotice(null, "MAN*GM*000715670002152363").lots()).singleElement()
                .extracting(LotRecord::ssccs).isEqualTo(List.of("000715670002152363"));
    }

    @Test
    void should_reject_an_item_whose_sscc_has_a_wrong_check_digit_at_man02() {
        EdiFixtures.Read read = shipNotice(null, "MAN*GM*" + WRONG_CHECK_DIGIT);
        assertThat(read.records()).isEmpty();
        assertThat(read.report().rejections()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("BAD_CHECK_DIGIT");
            assertThat(problem.field()).isEqualTo("MAN02");
            assertThat(problem.position().locator()).endsWith("MAN");
        });
    }

    @Test
    void should_reject_the_items_under_a_pack_whose_sscc_has_a_wrong_check_digit_naming_the_packs_man() {
        EdiFixtures.Read read = shipNotice("MAN*GM*" + WRONG_CHECK_DIGIT, null);
        assertThat(read.records()).isEmpty();
        Rejection problem = read.report().rejections().get(0);
        assertThat(problem.code()).isEqualTo("BAD_CHECK_DIGIT");
        assertThat(problem.field()).isEqualTo("MAN02");
        assertThat(problem.position().locator()).endsWith("segment 7 MAN");
    }

    @Test
    void should_read_past_a_man_that_gives_no_sscc() {
        assertThat(shipNotice(null, "MAN*CP*PALLET-7").lots()).singleElement()
                .extracting(LotRecord::ssccs).isEqualTo(List.of());
    }
}
